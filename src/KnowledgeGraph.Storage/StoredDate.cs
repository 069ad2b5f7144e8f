using KnowledgeGraph.Core;

namespace KnowledgeGraph.Storage;

/// <summary>
/// Dates as the schema stores them: ISO 8601 text <c>yyyy-MM-dd</c>, or NULL when unknown. One format in both
/// directions, so that text comparison in SQL (min, max, ORDER BY) orders dates by time.
/// </summary>
internal static class StoredDate
{
    public static string? ToText(DateOnly? date) => IsoDate.Format(date);

    /// <summary>
    /// The date a stored text starts with, or null. The file is a public interface that people edit by hand, so a
    /// date-time ("2025-03-04T10:00:00Z") gives its day and anything unreadable counts as unknown, not as an error.
    /// </summary>
    public static DateOnly? Parse(string? text) =>
        text is { Length: >= 10 } ? IsoDate.Parse(text.AsSpan(0, 10)) : null;
}
