using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Ingest;

/// <summary>
/// Removes the inline Markdown that is not text: emphasis markers, link targets, images, code ticks and inline
/// HTML tags. Link text, image-free prose and backslash-escaped characters stay.
/// </summary>
public static class MarkdownInlineMarkup
{
    // Emphasis needs lookaround to tell "*word*" from "5 * 3", so these use the backtracking engine, bounded by a
    // timeout; a line that times out is kept with its markup rather than lost.
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(1);
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    private static readonly Regex Escape = new(@"\\([!-/:-@\[-`{-~])", Options, Budget);
    private static readonly Regex InlineCode = new(@"(`+)(?<code>.+?)\1", Options, Budget);
    private static readonly Regex Image = new(@"!\[[^\]]*\](?:\((?:[^()]|\([^()]*\))*\)|\[[^\]]*\])", Options, Budget);
    private static readonly Regex Link = new(@"\[(?<text>[^\]]*)\](?:\((?:[^()]|\([^()]*\))*\)|\[[^\]]*\])", Options, Budget);
    private static readonly Regex AutoLink = new(@"<(?<url>(?:https?|mailto):[^>\s]+)>", Options, Budget);
    private static readonly Regex HtmlTag = new(@"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>", Options, Budget);
    private static readonly Regex Strong = new(@"(?<![\p{L}\p{N}_])__(?=\S)(?<text>.+?)(?<=\S)__(?![\p{L}\p{N}_])|\*\*(?=\S)(?<text>.+?)(?<=\S)\*\*", Options, Budget);
    private static readonly Regex Strike = new(@"~~(?=\S)(?<text>.+?)(?<=\S)~~", Options, Budget);
    private static readonly Regex Emphasis = new(@"(?<![\p{L}\p{N}_])_(?=\S)(?<text>.+?)(?<=\S)_(?![\p{L}\p{N}_])|(?<![\p{L}\p{N}*])\*(?=[^\s*])(?<text>.+?)(?<=[^\s*])\*(?![\p{L}\p{N}*])", Options, Budget);

    // Escaped characters are parked in the private-use area while markup is removed, so "\*" never counts as
    // emphasis, then put back.
    private const char ParkingBase = '\uE000';

    public static string Strip(string line)
    {
        if (line.Length == 0)
        {
            return line;
        }

        try
        {
            var text = Escape.Replace(line, m => ((char)(ParkingBase + m.Groups[1].Value[0])).ToString());
            text = InlineCode.Replace(text, m => m.Groups["code"].Value);
            text = Image.Replace(text, "");
            text = Link.Replace(text, m => m.Groups["text"].Value);
            text = AutoLink.Replace(text, m => m.Groups["url"].Value);
            text = HtmlTag.Replace(text, "");
            text = Strong.Replace(text, m => m.Groups["text"].Value);
            text = Strike.Replace(text, m => m.Groups["text"].Value);
            text = Emphasis.Replace(text, m => m.Groups["text"].Value);
            return Unpark(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return line;
        }
    }

    private static string Unpark(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            result.Append(c is >= ParkingBase and < (char)(ParkingBase + 128) ? (char)(c - ParkingBase) : c);
        }

        return result.ToString();
    }
}
