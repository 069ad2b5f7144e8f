using KnowledgeGraph.Extraction.Time;

namespace KnowledgeGraph.Extraction.Ingest;

/// <summary>Small normalisations shared by the readers for metadata values found in files.</summary>
internal static class MetadataValues
{
    /// <summary>The trimmed value, or null when it is missing or blank.</summary>
    public static string? NonBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>
    /// A publication date written as ISO (what structured metadata uses) or, failing that, spelled out
    /// ("Sept. 3, 2025"), which hand-written front matter sometimes has.
    /// </summary>
    public static DateOnly? Date(string? value) =>
        NonBlank(value) is { } text ? AbsoluteDateParser.ParseIso(text) ?? AbsoluteDateParser.FindFirst(text) : null;
}
