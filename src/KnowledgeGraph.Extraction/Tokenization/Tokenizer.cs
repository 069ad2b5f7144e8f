namespace KnowledgeGraph.Extraction.Tokenization;

/// <summary>
/// Splits text into word and punctuation tokens with half-open character offsets, in the CoNLL manner:
/// possessive "'s" and clitics are their own tokens, leading and trailing punctuation is peeled off, while
/// abbreviations ("U.S.", "Sept."), numbers ("1,000", "3.5"), hyphenated words and handles ("@SecRubio") stay whole.
/// </summary>
public static class Tokenizer
{
    /// <summary>Longest token kept; longer runs (base64 blobs, minified code) are cut so no token is unbounded.</summary>
    public const int MaxTokenLength = 100;

    public static Token[] Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 1);
        // Reused by every chunk: the tokenizer runs over every character of every article, so nothing in its loop
        // allocates per word.
        var trailing = new List<Token>();
        var position = 0;
        var lineStart = true;
        while (position < text.Length)
        {
            var c = text[position];
            if (char.IsWhiteSpace(c))
            {
                lineStart |= c == '\n';
                position++;
                continue;
            }

            var end = position;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && end - position < MaxTokenLength)
            {
                end++;
            }

            if (end < text.Length && end > position + 1 && char.IsLowSurrogate(text[end]) && char.IsHighSurrogate(text[end - 1]))
            {
                end--; // never cut an emoji in half: a lone surrogate cannot be stored as UTF-8
            }

            var first = tokens.Count;
            SplitChunk(text, position, end, tokens, trailing);
            if (lineStart && tokens.Count > first)
            {
                tokens[first] = tokens[first] with { LineStart = true };
            }

            lineStart = false;
            position = end;
        }

        return tokens.ToArray();
    }

    /// <summary>
    /// Peels punctuation off both ends of a whitespace-delimited chunk and appends the pieces to
    /// <paramref name="tokens"/> in order. <paramref name="trailing"/> is scratch space for the pieces peeled off the
    /// end, which are found last to first.
    /// </summary>
    private static void SplitChunk(string text, int start, int end, List<Token> tokens, List<Token> trailing)
    {
        trailing.Clear();
        while (start < end && IsLeadingPunctuation(text[start]))
        {
            tokens.Add(new Token(start, start + 1, false));
            start++;
        }

        while (end > start)
        {
            var word = text.AsSpan(start, end - start);
            var last = word[^1];
            if (last == '.')
            {
                if (Abbreviations.KeepsPeriod(word) || IsEllipsis(word))
                {
                    break;
                }

                var dots = CountTrailing(word, '.');
                if (dots >= 2)
                {
                    trailing.Add(new Token(end - dots, end, false));
                    end -= dots;
                    continue;
                }
            }
            else if (last == '…' && word.Length > 1)
            {
                trailing.Add(new Token(end - 1, end, false));
                end--;
                continue;
            }
            else if (!IsTrailingPunctuation(last))
            {
                var clitic = CliticLength(word);
                if (clitic > 0 && clitic < word.Length)
                {
                    trailing.Add(new Token(end - clitic, end, false));
                    end -= clitic;
                }

                break;
            }

            trailing.Add(new Token(end - 1, end, false));
            end--;
        }

        if (end > start)
        {
            AddWordWithDashes(text, start, end, tokens);
        }

        for (var i = trailing.Count - 1; i >= 0; i--)
        {
            tokens.Add(trailing[i]);
        }
    }

    /// <summary>Splits a word on em and en dashes ("sovereignty—and"), which join clauses rather than words.</summary>
    private static void AddWordWithDashes(string text, int start, int end, List<Token> tokens)
    {
        var pieceStart = start;
        for (var i = start; i < end; i++)
        {
            if (text[i] is '—' or '–' && end - start > 1)
            {
                if (i > pieceStart)
                {
                    tokens.Add(new Token(pieceStart, i, false));
                }

                tokens.Add(new Token(i, i + 1, false));
                pieceStart = i + 1;
            }
        }

        if (pieceStart < end)
        {
            tokens.Add(new Token(pieceStart, end, false));
        }
    }

    /// <summary>Length of a possessive or contraction at the end of a word ("'s", "’s", "n't", "'re"), or 0.</summary>
    private static int CliticLength(ReadOnlySpan<char> word)
    {
        if (word.Length >= 3 && IsApostrophe(word[^2]) && (word[^1] is 's' or 'S' or 'd' or 'm'))
        {
            return 2;
        }

        if (word.Length >= 4 && IsApostrophe(word[^3]) && (word[^2..] is "re" or "ve" or "ll"))
        {
            return 3;
        }

        if (word.Length >= 4 && (word[^3] is 'n' or 'N') && IsApostrophe(word[^2]) && (word[^1] is 't' or 'T'))
        {
            return 3;
        }

        return 0;
    }

    private static int CountTrailing(ReadOnlySpan<char> word, char c)
    {
        var count = 0;
        while (count < word.Length && word[word.Length - 1 - count] == c)
        {
            count++;
        }

        return count;
    }

    private static bool IsEllipsis(ReadOnlySpan<char> word) => word.Length >= 3 && word.Trim('.').IsEmpty;

    private static bool IsApostrophe(char c) => c is '\'' or '’' or '‘';

    private static bool IsLeadingPunctuation(char c) =>
        c is '"' or '\'' or '“' or '‘' or '«' or '‹' or '(' or '[' or '{' or '¿' or '¡' or '—' or '–' or '•' or '*';

    private static bool IsTrailingPunctuation(char c) =>
        c is '.' or ',' or ';' or ':' or '!' or '?' or '"' or '”' or '’' or '\'' or '»' or '›' or ')' or ']' or '}' or '—' or '–' or '*';
}
