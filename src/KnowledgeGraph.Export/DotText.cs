using System.Text;

namespace KnowledgeGraph.Export;

/// <summary>
/// Turns any text into one quoted Graphviz DOT string that parses, and renders as the original text in labels and
/// tooltips (Graphviz "escString" attributes).
/// </summary>
/// <remarks>
/// Inside quotes DOT only knows <c>\"</c>, but labels then read backslash escapes of their own (<c>\n</c>, <c>\l</c>,
/// <c>\N</c>…), so a backslash is doubled: that keeps "C:\Names\" literal and stops a trailing backslash from
/// escaping the closing quote, the classic way a DOT file breaks. Line breaks become <c>\n</c> (one per CR LF pair);
/// tabs become spaces; other control characters are dropped; a lone surrogate, which UTF-8 cannot encode, becomes
/// U+FFFD. Graphviz decodes HTML entities such as "&amp;amp;" in labels and tooltips, so an ampersand that starts
/// something entity-shaped is written as "&amp;amp;" to keep the text as it was; a plain "AT&amp;T" is left alone.
/// </remarks>
internal static class DotText
{
    public static string Quote(string text)
    {
        // Characters no text format can carry are dropped or replaced by the one rule the XML writer uses too.
        text = XmlTextSanitizer.Clean(text);
        var builder = new StringBuilder(text.Length + 2);
        builder.Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\r':
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    builder.Append("\\n");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\t':
                    builder.Append(' ');
                    break;
                case '&':
                    builder.Append(StartsEntity(text, i) ? "&amp;" : "&");
                    break;
                default:
                    if (!char.IsControl(c))
                    {
                        builder.Append(c); // DEL and the C1 controls are legal in XML but only noise in a drawing
                    }

                    break;
            }
        }

        builder.Append('"');
        return builder.ToString();
    }

    /// <summary>
    /// True when the ampersand at <paramref name="index"/> would be read as an entity by Graphviz: "&amp;", then an
    /// optional "#" and "x", then letters or digits, then ";". Erring towards true is harmless, since "&amp;amp;"
    /// always renders as "&amp;".
    /// </summary>
    private static bool StartsEntity(string text, int index)
    {
        var i = index + 1;
        if (i < text.Length && text[i] == '#')
        {
            i++;
            if (i < text.Length && text[i] is 'x' or 'X')
            {
                i++;
            }
        }

        while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
        {
            i++;
        }

        return i < text.Length && text[i] == ';';
    }
}
