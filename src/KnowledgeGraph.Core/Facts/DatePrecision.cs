namespace KnowledgeGraph.Core.Facts;

/// <summary>
/// How much of a date the text actually states. "Sept. 3, 2025" is a day, "last month" a month, "in 2024" a year;
/// the stored date keeps only that much (<c>events.date_precision</c> holds the lower-case name).
/// </summary>
public enum DatePrecision
{
    Day,
    Month,
    Year,
}
