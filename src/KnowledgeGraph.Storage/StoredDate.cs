using System.Globalization;

namespace KnowledgeGraph.Storage;

/// <summary>
/// Dates as the schema stores them: ISO 8601 text <c>yyyy-MM-dd</c>, or NULL when unknown. One format in both
/// directions, so that text comparison in SQL (min, max, ORDER BY) orders dates by time.
/// </summary>
internal static class StoredDate
{
    private const string Format = "yyyy-MM-dd";

    public static string? ToText(DateOnly? date) => date?.ToString(Format, CultureInfo.InvariantCulture);

    public static DateOnly? Parse(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, Format, CultureInfo.InvariantCulture);
}
