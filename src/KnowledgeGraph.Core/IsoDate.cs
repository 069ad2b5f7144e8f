using System.Globalization;

namespace KnowledgeGraph.Core;

/// <summary>
/// Dates as the whole program writes and reads them: ISO 8601 <c>yyyy-MM-dd</c>, in the invariant calendar. It is
/// what the database stores, what GEXF's <c>timeformat="date"</c> expects, what <c>--since</c> and <c>--until</c>
/// take, and it sorts as text in SQL and in every spreadsheet.
/// </summary>
public static class IsoDate
{
    private const string Pattern = "yyyy-MM-dd";

    public static string Format(DateOnly date) => date.ToString(Pattern, CultureInfo.InvariantCulture);

    public static string? Format(DateOnly? date) => date is { } known ? Format(known) : null;

    /// <summary>The date <paramref name="text"/> spells exactly, or null.</summary>
    public static DateOnly? Parse(ReadOnlySpan<char> text) =>
        DateOnly.TryParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
