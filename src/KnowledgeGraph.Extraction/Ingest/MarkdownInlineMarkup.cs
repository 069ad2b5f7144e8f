namespace KnowledgeGraph.Extraction.Ingest;

/// <summary>
/// Removes the inline Markdown that is not text: emphasis markers, link targets, images, code ticks and inline
/// HTML tags. Link text, code text, autolink URLs and backslash-escaped characters stay.
/// </summary>
/// <remarks>
/// Each step is one linear pass, so the result depends only on the line: no timeout can leave one line stripped on
/// an idle machine and unstripped on a busy one, which would change content hashes and offsets between runs. The
/// order follows CommonMark's precedence: code spans and escapes bind tightest, then images, links, angle
/// brackets, and emphasis last.
/// </remarks>
public static class MarkdownInlineMarkup
{
    public static string Strip(string line)
    {
        if (line.Length == 0)
        {
            return line;
        }

        var cells = MarkdownEscapesAndCodeSpans.ToCells(line);
        cells = MarkdownLinks.RemoveImages(cells);
        cells = MarkdownLinks.KeepLinkText(cells);
        cells = MarkdownAngleBrackets.Rewrite(cells);
        return MarkdownEmphasis.Remove(cells);
    }
}
