using System.Text;

namespace KnowledgeGraph.Export;

/// <summary>
/// Makes any .NET string writable as XML 1.0 text. XmlWriter throws on characters XML 1.0 cannot hold, and one
/// stray control character in one article must not fail a whole export.
/// </summary>
/// <remarks>
/// XML 1.0 allows #x9, #xA, #xD, #x20–#xD7FF, #xE000–#xFFFD and #x10000–#x10FFFF. Other control characters and the
/// non-characters U+FFFE/U+FFFF are removed: they carry no visible text. A lone surrogate is replaced with U+FFFD,
/// as any UTF-8 decoder would, because it stands for a character that was lost and the reader should see where.
/// </remarks>
internal static class XmlTextSanitizer
{
    public const char Replacement = '\uFFFD';

    /// <summary>Returns <paramref name="text"/> itself when it is already valid, so the common case allocates nothing.</summary>
    public static string Clean(string text)
    {
        var firstInvalid = FirstInvalid(text);
        if (firstInvalid < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, firstInvalid);
        for (var i = firstInvalid; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append(Replacement);
            }
            else if (IsAllowedBmpCharacter(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static int FirstInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || !IsAllowedBmpCharacter(c))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsAllowedBmpCharacter(char c) =>
        c is '\t' or '\n' or '\r' or (>= '\u0020' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD');
}
