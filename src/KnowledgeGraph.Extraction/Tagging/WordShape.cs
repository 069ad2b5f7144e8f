namespace KnowledgeGraph.Extraction.Tagging;

/// <summary>Orthographic tests on single tokens that name finding relies on.</summary>
public static class WordShape
{
    /// <summary>Starts with an upper-case letter ("Rubio", "U.S.", "MEXICO").</summary>
    public static bool IsCapitalized(ReadOnlySpan<char> word) => word.Length > 0 && char.IsUpper(word[0]);

    /// <summary>Has at least two letters and no lower-case letter ("AP", "USMCA", "U.S.").</summary>
    public static bool IsAllCapitals(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= 2;
    }

    /// <summary>Has a letter or digit, so is not pure punctuation.</summary>
    public static bool IsWordLike(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A social-media handle such as "@SecRubio".</summary>
    public static bool IsHandle(ReadOnlySpan<char> word) => word.Length > 1 && word[0] == '@' && char.IsLetterOrDigit(word[1]);

    /// <summary>Ends in ".", "!" or "?": the sentence is prose rather than a headline.</summary>
    public static bool IsFinalPunctuation(ReadOnlySpan<char> word) => word is "." or "!" or "?" or "…" || (word.Length > 0 && word[^1] == '.');

    /// <summary>
    /// Whether <paramref name="marker"/>, the token after <paramref name="name"/>, makes it a possessive: "’s" or "'s",
    /// or a bare apostrophe after a name ending in s ("Reyes’ plan"). After any other name a bare apostrophe closes a
    /// quotation ("‘Moscow’").
    /// </summary>
    public static bool IsPossessiveMarker(string marker, string name) =>
        marker is "’s" or "'s" || (marker is "’" or "'" && name.Length > 0 && name[^1] is 's' or 'S');
}
