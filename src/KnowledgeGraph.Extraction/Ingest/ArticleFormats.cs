using System.Collections.Frozen;

namespace KnowledgeGraph.Extraction.Ingest;

/// <summary>Which reader handles which file extension: the one list every other part of ingest asks.</summary>
public static class ArticleFormats
{
    // An array rather than only the dictionary: a frozen dictionary's key order is unspecified, and messages that
    // list the extensions should read the same on every run.
    private static readonly (string Extension, IArticleReader Reader)[] Formats =
    [
        (".txt", new PlainTextReader()),
        (".md", new MarkdownReader()),
        (".markdown", new MarkdownReader()),
        (".html", new HtmlReader()),
        (".htm", new HtmlReader()),
        (".jsonl", new JsonLinesReader()),
    ];

    private static readonly FrozenDictionary<string, IArticleReader> ReadersByExtension =
        Formats.ToFrozenDictionary(format => format.Extension, format => format.Reader, StringComparer.OrdinalIgnoreCase);

    /// <summary>Lower-case extensions with their dot, in a fixed order.</summary>
    public static IReadOnlyList<string> SupportedExtensions { get; } = [.. Formats.Select(format => format.Extension)];

    /// <summary>The reader for <paramref name="path"/>'s extension (case-insensitive), or null when unsupported.</summary>
    public static IArticleReader? ReaderFor(string path) =>
        ReadersByExtension.GetValueOrDefault(Path.GetExtension(path));

    /// <summary>Why <paramref name="path"/> is not read: "'.pdf' files are not supported (use .txt, .md, ...)".</summary>
    public static string WhyUnsupported(string path)
    {
        var extension = Path.GetExtension(path);
        var kind = extension.Length == 0 ? "files without an extension are" : $"'{extension}' files are";
        return $"{kind} not supported (use {string.Join(", ", SupportedExtensions)})";
    }
}
