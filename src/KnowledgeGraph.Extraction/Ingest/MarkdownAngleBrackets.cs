namespace KnowledgeGraph.Extraction.Ingest;

/// <summary>
/// What Markdown puts in angle brackets: an autolink ("&lt;https://port.example&gt;") becomes its URL, kept as text
/// so that underscores in it are not read as emphasis; an inline HTML tag ("&lt;br/&gt;", "&lt;span class="x"&gt;")
/// is removed and the text around it stays.
/// </summary>
internal static class MarkdownAngleBrackets
{
    private static readonly string[] AutolinkSchemes = ["http:", "https:", "mailto:"];

    public static List<InlineCell> Rewrite(List<InlineCell> cells)
    {
        var autolinkStop = InlineCell.NextIndexWhere(cells, cell => cell.Is('>') || char.IsWhiteSpace(cell.Value));
        var angleBracket = InlineCell.NextIndexWhere(cells, cell => cell.Is('<') || cell.Is('>'));
        var output = new List<InlineCell>(cells.Count);
        var i = 0;
        while (i < cells.Count)
        {
            if (cells[i].Is('<'))
            {
                var autolinkEnd = AutolinkEnd(cells, i, autolinkStop);
                if (autolinkEnd >= 0)
                {
                    for (var k = i + 1; k < autolinkEnd; k++)
                    {
                        output.Add(cells[k] with { CanBeMarkup = false });
                    }

                    i = autolinkEnd + 1;
                    continue;
                }

                var tagEnd = TagEnd(cells, i, angleBracket);
                if (tagEnd >= 0)
                {
                    i = tagEnd + 1;
                    continue;
                }
            }

            output.Add(cells[i]);
            i++;
        }

        return output;
    }

    /// <summary>The "&gt;" of "&lt;scheme:non-space-text&gt;" opening at <paramref name="open"/>, or -1.</summary>
    private static int AutolinkEnd(List<InlineCell> cells, int open, int[] stop)
    {
        foreach (var scheme in AutolinkSchemes)
        {
            if (StartsWith(cells, open + 1, scheme))
            {
                var urlRest = open + 1 + scheme.Length;
                var end = stop[urlRest];
                return end > urlRest && cells[end].Is('>') ? end : -1;
            }
        }

        return -1;
    }

    /// <summary>The "&gt;" of a tag "&lt;/?name( attributes)?/?&gt;" opening at <paramref name="open"/>, or -1.</summary>
    private static int TagEnd(List<InlineCell> cells, int open, int[] angleBracket)
    {
        var i = open + 1;
        if (i < cells.Count && cells[i].Value == '/')
        {
            i++;
        }

        if (i >= cells.Count || !char.IsAsciiLetter(cells[i].Value))
        {
            return -1;
        }

        // A name never holds "<", so names scanned from different "<" never overlap.
        while (i < cells.Count && (char.IsAsciiLetterOrDigit(cells[i].Value) || cells[i].Value == '-'))
        {
            i++;
        }

        if (i >= cells.Count)
        {
            return -1;
        }

        if (cells[i].Is('>'))
        {
            return i;
        }

        if (cells[i].Value == '/')
        {
            return i + 1 < cells.Count && cells[i + 1].Is('>') ? i + 1 : -1;
        }

        if (!char.IsWhiteSpace(cells[i].Value))
        {
            return -1;
        }

        // Attributes run to the next angle bracket, which must close the tag.
        var close = angleBracket[i];
        return close >= 0 && cells[close].Is('>') ? close : -1;
    }

    private static bool StartsWith(List<InlineCell> cells, int start, string text)
    {
        if (start + text.Length > cells.Count)
        {
            return false;
        }

        for (var k = 0; k < text.Length; k++)
        {
            if (cells[start + k].Value != text[k])
            {
                return false;
            }
        }

        return true;
    }
}
