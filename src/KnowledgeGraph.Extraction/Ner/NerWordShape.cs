namespace KnowledgeGraph.Extraction.Ner;

/// <summary>
/// The word-shape feature: upper-case letters read as X, lower-case as x, digits as d, anything else as itself, with
/// runs of one class collapsed ("McDonald" → "XxXx", "1996-08-22" → "d-d-d", "U.S." → "X.X."). Collapsing keeps the
/// number of shapes small enough that each one is seen often in training.
/// </summary>
public static class NerWordShape
{
    public static ulong HashOf(ReadOnlySpan<char> word)
    {
        Span<char> shape = stackalloc char[Math.Min(word.Length, 32)];
        return FeatureHash.Of(shape[..Write(word, shape)]);
    }

    /// <summary>The collapsed shape as a string, for tests and diagnostics.</summary>
    public static string Of(ReadOnlySpan<char> word)
    {
        Span<char> shape = stackalloc char[Math.Min(word.Length, 32)];
        return new string(shape[..Write(word, shape)]);
    }

    /// <summary>True when the word has a letter and no lower-case letter ("NATO", "U.S.", "JAPAN").</summary>
    public static bool IsUpperOnly(ReadOnlySpan<char> word) => HasLettersOfOneCase(word, upper: true);

    /// <summary>True when the word has a letter and no upper-case letter.</summary>
    public static bool IsLowerOnly(ReadOnlySpan<char> word) => HasLettersOfOneCase(word, upper: false);

    private static bool HasLettersOfOneCase(ReadOnlySpan<char> word, bool upper)
    {
        var letter = false;
        foreach (var c in word)
        {
            if (upper ? char.IsLower(c) : char.IsUpper(c))
            {
                return false;
            }

            letter |= char.IsLetter(c);
        }

        return letter;
    }

    private static int Write(ReadOnlySpan<char> word, Span<char> shape)
    {
        var length = 0;
        foreach (var c in word)
        {
            var mapped = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c;
            if (length > 0 && shape[length - 1] == mapped)
            {
                continue;
            }

            if (length == shape.Length)
            {
                break;
            }

            shape[length++] = mapped;
        }

        return length;
    }
}
