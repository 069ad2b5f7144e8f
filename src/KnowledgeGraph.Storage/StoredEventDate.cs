using System.Globalization;
using KnowledgeGraph.Core.Facts;

namespace KnowledgeGraph.Storage;

/// <summary>
/// Event dates as <c>events</c> stores them: ISO 8601 text with only the stated part ("2025-09-03", "2025-09", "2025")
/// and the precision's name in <c>date_precision</c>.
/// </summary>
internal static class StoredEventDate
{
    /// <summary>The date a row holds; null when it holds none or one a hand edit made unreadable.</summary>
    public static FactDate? Parse(string? date, string? precision)
    {
        // Only the three names: Enum.TryParse would also take "2" or "day,month".
        DatePrecision? named = precision switch
        {
            "day" => DatePrecision.Day,
            "month" => DatePrecision.Month,
            "year" => DatePrecision.Year,
            _ => null,
        };
        if (date is null || named is not { } parsedPrecision)
        {
            return null;
        }

        var (format, padded) = parsedPrecision switch
        {
            DatePrecision.Day => ("yyyy-MM-dd", date),
            DatePrecision.Month => ("yyyy-MM-dd", date + "-01"),
            _ => ("yyyy-MM-dd", date + "-01-01"),
        };
        return DateOnly.TryParseExact(padded, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? new FactDate(day, parsedPrecision)
            : null;
    }
}
