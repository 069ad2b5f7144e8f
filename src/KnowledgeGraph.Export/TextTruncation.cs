namespace KnowledgeGraph.Export;

/// <summary>Shortens text for display, marking the cut with an ellipsis.</summary>
internal static class TextTruncation
{
    public const char Ellipsis = '…';

    /// <summary>
    /// Returns <paramref name="text"/> when it has at most <paramref name="maxLength"/> UTF-16 units, otherwise its
    /// start plus "…", <paramref name="maxLength"/> units in all. Never splits a surrogate pair, which would leave
    /// half a character that UTF-8 cannot encode.
    /// </summary>
    public static string Truncate(string text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = maxLength - 1;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text[..cut].TrimEnd() + Ellipsis;
    }
}
