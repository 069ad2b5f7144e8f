using System.Globalization;

namespace KnowledgeGraph.Core.Facts;

/// <summary>
/// A date as precise as the text makes it. <see cref="Date"/> is the first day of the stated period, so that a month
/// or a year sorts before the days inside it.
/// </summary>
public readonly record struct FactDate(DateOnly Date, DatePrecision Precision)
{
    /// <summary>ISO 8601 with only the stated part: "2025-09-03", "2025-09" or "2025".</summary>
    public string ToIso() => Precision switch
    {
        DatePrecision.Day => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => Date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => Date.ToString("yyyy", CultureInfo.InvariantCulture),
    };

    /// <summary>The storage name of the precision: "day", "month" or "year".</summary>
    public string PrecisionName => Precision.ToString().ToLowerInvariant();
}
