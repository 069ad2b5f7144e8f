using KnowledgeGraph.Core.Facts;

namespace KnowledgeGraph.Extraction.Time;

/// <summary>
/// A calendar date read from the tokens before <see cref="EndToken"/>; <see cref="YearInferred"/> when the text gave
/// no year ("May 8") and it came from the document's date.
/// </summary>
internal readonly record struct CalendarMatch(int EndToken, FactDate Date, bool YearInferred);
