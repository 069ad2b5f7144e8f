using System.Collections.Frozen;

namespace KnowledgeGraph.Extraction.Ingest;

/// <summary>
/// A tolerant, single-pass HTML tag scanner. It never backs up, so every input, however malformed, is tokenized in
/// linear time: a <c>&lt;</c> that does not start a tag is text, an unterminated quote ends at the next <c>&gt;</c>,
/// and a tag cut off by the end of the file is dropped.
/// </summary>
public static class HtmlTokenizer
{
    // Elements whose content is not markup: a "<" inside a script is just a character.
    private static readonly FrozenSet<string> RawTextElements = new[]
    {
        "script", "style", "textarea", "title", "noscript", "iframe", "xmp", "noembed", "noframes",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static IEnumerable<HtmlToken> Tokenize(string html)
    {
        var position = 0;
        var textStart = 0;
        while (position < html.Length)
        {
            var lessThan = html.IndexOf('<', position);
            if (lessThan < 0)
            {
                break;
            }

            var markupEnd = TryReadMarkup(html, lessThan, out var token);
            if (markupEnd < 0)
            {
                // Not markup: the "<" stays part of the surrounding text.
                position = lessThan + 1;
                continue;
            }

            if (lessThan > textStart)
            {
                yield return new HtmlText(html[textStart..lessThan]);
            }

            position = markupEnd;
            if (token is not null)
            {
                yield return token;
                if (token is HtmlStartTag { SelfClosing: false } start && RawTextElements.Contains(start.Name))
                {
                    var close = FindClosingTag(html, start.Name, position);
                    if (close > position)
                    {
                        yield return new HtmlText(html[position..close]);
                    }

                    position = close;
                }
            }

            textStart = position;
        }

        if (textStart < html.Length)
        {
            yield return new HtmlText(html[textStart..]);
        }
    }

    /// <summary>
    /// Reads the markup that starts at <paramref name="start"/> (a "&lt;"). Returns the index after it, or -1 when
    /// the "&lt;" is literal text. <paramref name="token"/> is null for markup that carries no content (comments).
    /// </summary>
    private static int TryReadMarkup(string html, int start, out HtmlToken? token)
    {
        token = null;
        var next = start + 1 < html.Length ? html[start + 1] : '\0';
        if (html.AsSpan(start).StartsWith("<!--"))
        {
            var end = html.IndexOf("-->", start + 4, StringComparison.Ordinal);
            return end < 0 ? html.Length : end + 3;
        }

        if (next is '!' or '?')
        {
            var end = html.IndexOf('>', start + 2);
            return end < 0 ? html.Length : end + 1;
        }

        if (next == '/' && start + 2 < html.Length && char.IsAsciiLetter(html[start + 2]))
        {
            var nameEnd = ReadName(html, start + 2);
            var end = html.IndexOf('>', nameEnd);
            if (end < 0)
            {
                return html.Length;
            }

            token = new HtmlEndTag(html[(start + 2)..nameEnd].ToLowerInvariant());
            return end + 1;
        }

        if (char.IsAsciiLetter(next))
        {
            return ReadStartTag(html, start, out token);
        }

        return -1;
    }

    private static int ReadStartTag(string html, int start, out HtmlToken? token)
    {
        var nameEnd = ReadName(html, start + 1);
        var name = html[(start + 1)..nameEnd].ToLowerInvariant();
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        var selfClosing = false;
        var position = nameEnd;
        while (true)
        {
            while (position < html.Length && (char.IsWhiteSpace(html[position]) || html[position] == '/'))
            {
                selfClosing |= html[position] == '/';
                position++;
            }

            if (position >= html.Length)
            {
                // Cut off by the end of the file: browsers drop such a tag, and so do we.
                token = null;
                return html.Length;
            }

            if (html[position] == '>')
            {
                token = new HtmlStartTag(name, attributes, selfClosing);
                return position + 1;
            }

            if (html[position] == '<')
            {
                // "<p <b>": the first tag was never closed; end it here and let the next one start.
                token = new HtmlStartTag(name, attributes, false);
                return position;
            }

            selfClosing = false;
            position = ReadAttribute(html, position, attributes);
        }
    }

    private static int ReadAttribute(string html, int position, Dictionary<string, string> attributes)
    {
        var nameStart = position;
        // The first character is always taken, even a stray "=", so the scan always moves forward.
        position++;
        while (position < html.Length && !char.IsWhiteSpace(html[position]) && html[position] is not ('/' or '>' or '=' or '<'))
        {
            position++;
        }

        var name = html[nameStart..position].ToLowerInvariant();
        var afterName = SkipWhitespace(html, position);
        if (afterName >= html.Length || html[afterName] != '=')
        {
            attributes.TryAdd(name, "");
            return position;
        }

        position = SkipWhitespace(html, afterName + 1);
        string value;
        if (position < html.Length && html[position] is '"' or '\'')
        {
            var quote = html[position];
            var close = html.IndexOf(quote, position + 1);
            if (close < 0)
            {
                // An unterminated quote would swallow the rest of the page; end it at the tag's ">" instead.
                var greaterThan = html.IndexOf('>', position + 1);
                close = greaterThan < 0 ? html.Length : greaterThan;
                value = html[(position + 1)..close];
                position = close;
            }
            else
            {
                value = html[(position + 1)..close];
                position = close + 1;
            }
        }
        else
        {
            var valueStart = position;
            while (position < html.Length && !char.IsWhiteSpace(html[position]) && html[position] is not ('>' or '<'))
            {
                position++;
            }

            value = html[valueStart..position];
        }

        attributes.TryAdd(name, System.Net.WebUtility.HtmlDecode(value));
        return position;
    }

    private static int ReadName(string html, int position)
    {
        while (position < html.Length && (char.IsAsciiLetterOrDigit(html[position]) || html[position] is '-' or ':' or '_'))
        {
            position++;
        }

        return position;
    }

    private static int SkipWhitespace(string html, int position)
    {
        while (position < html.Length && char.IsWhiteSpace(html[position]))
        {
            position++;
        }

        return position;
    }

    /// <summary>Where the end tag of a raw-text element starts, or the end of the document when it is never closed.</summary>
    private static int FindClosingTag(string html, string name, int from)
    {
        var position = from;
        while (true)
        {
            var candidate = html.IndexOf("</" + name, position, StringComparison.OrdinalIgnoreCase);
            if (candidate < 0)
            {
                return html.Length;
            }

            var after = candidate + 2 + name.Length;
            if (after >= html.Length || char.IsWhiteSpace(html[after]) || html[after] is '>' or '/')
            {
                return candidate;
            }

            position = after;
        }
    }
}
