using System.Collections.Frozen;

namespace KnowledgeGraph.Extraction.Ingest;

/// <summary>Which reader handles which file extension.</summary>
public static class ArticleFormats
{
    private static readonly FrozenDictionary<string, IArticleReader> ReadersByExtension =
        new Dictionary<string, IArticleReader>
        {
            [".txt"] = new PlainTextReader(),
            [".md"] = new MarkdownReader(),
            [".markdown"] = new MarkdownReader(),
            [".html"] = new HtmlReader(),
            [".htm"] = new HtmlReader(),
            [".jsonl"] = new JsonLinesReader(),
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<string> SupportedExtensions => ReadersByExtension.Keys;

    /// <summary>The reader for <paramref name="path"/>'s extension (case-insensitive), or null when unsupported.</summary>
    public static IArticleReader? ReaderFor(string path) =>
        ReadersByExtension.GetValueOrDefault(Path.GetExtension(path));
}
