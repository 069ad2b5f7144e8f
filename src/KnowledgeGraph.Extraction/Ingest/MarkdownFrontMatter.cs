namespace KnowledgeGraph.Extraction.Ingest;

/// <summary>
/// The YAML-style block between <c>---</c> lines at the very top of a Markdown file, read as flat
/// <c>key: value</c> pairs. Only scalar values are kept: nested YAML carries nothing an article needs here.
/// </summary>
/// <param name="Values">Keys in lower case; values unquoted.</param>
/// <param name="Body">The content after the closing fence (all of it when there is no front matter).</param>
public sealed record MarkdownFrontMatter(IReadOnlyDictionary<string, string> Values, string Body)
{
    public string? this[string key] => Values.GetValueOrDefault(key);

    public static MarkdownFrontMatter Split(string content)
    {
        var none = new MarkdownFrontMatter(new Dictionary<string, string>(), content);
        var firstLineEnd = content.IndexOf('\n');
        if (firstLineEnd < 0 || content[..firstLineEnd].TrimEnd() != "---")
        {
            return none;
        }

        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var lineStart = firstLineEnd + 1;
        while (lineStart <= content.Length)
        {
            var lineEnd = content.IndexOf('\n', lineStart);
            var line = lineEnd < 0 ? content[lineStart..] : content[lineStart..lineEnd];
            // YAML ends a document with "---" or "...".
            if (line.TrimEnd() is "---" or "...")
            {
                return new MarkdownFrontMatter(values, lineEnd < 0 ? "" : content[(lineEnd + 1)..]);
            }

            AddPair(line, values);
            if (lineEnd < 0)
            {
                break;
            }

            lineStart = lineEnd + 1;
        }

        // Without a closing fence the opening "---" was a horizontal rule, not front matter.
        return none;
    }

    private static void AddPair(string line, Dictionary<string, string> values)
    {
        // Indented lines belong to nested YAML structures; comments and list items carry no scalar field.
        if (line.Length == 0 || char.IsWhiteSpace(line[0]) || line[0] is '#' or '-')
        {
            return;
        }

        var colon = line.IndexOf(':');
        if (colon <= 0)
        {
            return;
        }

        var key = line[..colon].Trim();
        var value = Unquote(line[(colon + 1)..].Trim());
        if (value.Length > 0)
        {
            values.TryAdd(key, value);
        }
    }

    private static string Unquote(string value)
    {
        if (value.Length >= 2 && value[0] == value[^1] && value[0] is '"' or '\'')
        {
            var inner = value[1..^1];
            return value[0] == '"'
                ? inner.Replace("\\\"", "\"", StringComparison.Ordinal)
                : inner.Replace("''", "'", StringComparison.Ordinal);
        }

        return value;
    }
}
