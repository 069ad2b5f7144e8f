using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Facts;

namespace KnowledgeGraph.Extraction.Time;

/// <summary>
/// A written time ("Sept. 3, 2025", "on Tuesday", "last month") and the calendar date it stands for.
/// </summary>
/// <param name="Span">Half-open offsets of the expression in the text.</param>
/// <param name="Date">The date, as precise as the expression states.</param>
/// <param name="IsRelative">True when the date was worked out from the document's date rather than read off the text.</param>
public sealed record TimeExpression(TextSpan Span, FactDate Date, bool IsRelative);
