using System.Collections.Frozen;
using System.Net;
using System.Text;

namespace KnowledgeGraph.Extraction.Ingest;

/// <summary>
/// The readable text of an element: block elements on their own lines, entities decoded, whitespace inside a line
/// collapsed, and the contents of non-article elements (scripts, navigation, page chrome, forms) left out.
/// </summary>
public static class HtmlTextRenderer
{
    private static readonly FrozenSet<string> NeverText = new[]
    {
        "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "template",
        "head", "title", "button", "select", "textarea", "object", "canvas", "audio", "video", "map", "dialog",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> BlockElements = new[]
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "tr", "blockquote", "section", "article",
        "figcaption", "figure", "main", "body", "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot",
        "pre", "hr", "address", "details", "summary", "caption", "header", "footer", "center",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Renders <paramref name="root"/>'s text.</summary>
    /// <param name="keepHeaders">
    /// True inside an &lt;article&gt;, where &lt;header&gt; holds the headline and byline rather than the site's
    /// masthead and menus.
    /// </param>
    public static string Render(HtmlElement root, bool keepHeaders = false)
    {
        var raw = new StringBuilder();
        var pending = new Stack<(IHtmlNode Node, bool Closing)>();
        pending.Push((root, false));
        while (pending.Count > 0)
        {
            var (node, closing) = pending.Pop();
            if (node is HtmlText text)
            {
                // A line break in the source is just whitespace in HTML; only elements break lines.
                raw.Append(WebUtility.HtmlDecode(text.Raw).Replace('\n', ' '));
                continue;
            }

            var element = (HtmlElement)node;
            var isBlock = BlockElements.Contains(element.Name);
            if (closing)
            {
                // Table cells end without a line break but must not run into the next cell.
                if (isBlock || element.Name is "td" or "th")
                {
                    raw.Append(isBlock ? '\n' : ' ');
                }

                continue;
            }

            if (element != root && NeverText.Contains(element.Name) && !(keepHeaders && element.Name == "header"))
            {
                continue;
            }

            if (isBlock)
            {
                raw.Append('\n');
            }

            pending.Push((element, true));
            for (var index = element.Children.Count - 1; index >= 0; index--)
            {
                pending.Push((element.Children[index], false));
            }
        }

        return TidyLines(raw.ToString());
    }

    private static string TidyLines(string raw)
    {
        var lines = new List<string>();
        foreach (var line in raw.Split('\n'))
        {
            var collapsed = CollapseWhitespace(line);
            if (collapsed.Length > 0)
            {
                lines.Add(collapsed);
            }
        }

        return string.Join('\n', lines);
    }

    private static string CollapseWhitespace(string line)
    {
        var result = new StringBuilder(line.Length);
        var pendingSpace = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = result.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                result.Append(' ');
                pendingSpace = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }
}
