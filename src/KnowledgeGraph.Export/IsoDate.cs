using System.Globalization;

namespace KnowledgeGraph.Export;

/// <summary>
/// Dates in exports: ISO 8601 <c>yyyy-MM-dd</c>, the form the database stores, GEXF's <c>timeformat="date"</c>
/// expects, and that sorts as text in every spreadsheet and Data Laboratory column.
/// </summary>
internal static class IsoDate
{
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Format(DateOnly? date) => date is { } known ? Format(known) : null;
}
