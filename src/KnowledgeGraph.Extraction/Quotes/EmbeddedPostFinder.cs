using System.Text.RegularExpressions;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>
/// Finds posts embedded in an article by their signature line: a dash, the author's name, the handle in parentheses
/// and a date ("— Jane Ortiz (@JaneOrtiz) March 4, 2026"). The post is the text just above the signature, up to the
/// previous blank line. Copy that lost its blank lines runs the article's paragraphs straight into the post, so the
/// post is also cut at a line that cannot end a post (a heading without final punctuation) and at about one and a
/// half times X's 280-character limit, which leaves room for a long post but not for the paragraph before it.
/// </summary>
internal static class EmbeddedPostFinder
{
    private const int LongestPost = 420;
    private const int MostLines = 8;

    private static readonly Regex Signature = new(
        @"^[ \t]*(?:—|–|-{1,2})[ \t]*[^()\n]{1,100}?\([ \t]*@\w{1,30}[ \t]*\)[^\n]*\d[^\n]*$",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex TrailingMediaLink = new(
        @"[ \t]+(?:https?://\S+|pic\.twitter\.com/\S+|t\.co/\S+)[ \t]*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking);

    public static List<EmbeddedPost> Find(string text, TextLines lines)
    {
        var posts = new List<EmbeddedPost>();
        for (var line = 1; line < lines.Count; line++)
        {
            var start = lines.ContentStart(line);
            var end = lines.ContentEnd(line);
            if (start < end && text[start] is '—' or '–' or '-' && IsSignature(text, start, end) && PostAbove(text, lines, line) is { } words)
            {
                posts.Add(new EmbeddedPost(words, new TextSpan(start, end)));
            }
        }

        return posts;
    }

    private static bool IsSignature(string text, int start, int end) =>
        text.AsSpan(start, end - start).Contains("(@", StringComparison.Ordinal) && Signature.IsMatch(text.AsSpan(start, end - start));

    private static TextSpan? PostAbove(string text, TextLines lines, int signatureLine)
    {
        var line = signatureLine - 1;
        if (lines.IsBlank(line))
        {
            line--; // one blank line may part a post from its signature
        }

        var last = line;
        var first = -1;
        var length = 0;
        for (; line >= 0 && last - line < MostLines && !lines.IsBlank(line); line--)
        {
            var lineStart = lines.ContentStart(line);
            var lineEnd = WordsEnd(text, lineStart, lines.ContentEnd(line));
            var isSignature = text[lineStart] is '—' or '–' or '-' && IsSignature(text, lineStart, lines.ContentEnd(line));
            if (isSignature || (first >= 0 && (length + lineEnd - lineStart > LongestPost || !EndsLikeAPost(text, lineEnd))))
            {
                break;
            }

            first = line;
            length += lineEnd - lineStart + 1;
        }

        if (first < 0)
        {
            return null;
        }

        var wordsStart = lines.ContentStart(first);
        var wordsEnd = WordsEnd(text, lines.ContentStart(last), lines.ContentEnd(last));
        return wordsEnd > wordsStart ? new TextSpan(wordsStart, wordsEnd) : null;
    }

    /// <summary>The end of a line's words, before a media link the post's last line may still carry.</summary>
    private static int WordsEnd(string text, int start, int end)
    {
        var match = TrailingMediaLink.Match(text, start, end - start);
        return match.Success && match.Index + match.Length == end ? match.Index : end;
    }

    /// <summary>A line inside a post ends a sentence or leads on to the next ("four axes:"); a heading above it does not.</summary>
    private static bool EndsLikeAPost(string text, int lineEnd) =>
        lineEnd > 0 && text[lineEnd - 1] is '.' or '!' or '?' or '…' or '"' or '”' or '’' or ')' or ':' or ';' or ',';
}
