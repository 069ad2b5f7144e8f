using KnowledgeGraph.Extraction.Tagging;

namespace KnowledgeGraph.Extraction.Tests.Robustness;

/// <summary>The invariants every later stage relies on, stated once for the property tests.</summary>
internal static class SpanChecks
{
    /// <summary>
    /// Tokens are non-empty, inside the text, in order and disjoint; sentences cover the tokens in order, one after
    /// the other, and each sentence's character span lies inside the text and holds its tokens.
    /// </summary>
    public static void TokensAndSentences(AnalyzedText analyzed)
    {
        var text = analyzed.Text;
        var tokens = analyzed.Tokens;
        var previousEnd = 0;
        foreach (var token in tokens)
        {
            Assert.True(token.Start >= previousEnd && token.Start < token.End && token.End <= text.Length,
                $"token [{token.Start}, {token.End}) after {previousEnd} in a text of {text.Length} chars");
            previousEnd = token.End;
        }

        var nextToken = 0;
        var previousSentenceEnd = 0;
        foreach (var sentence in analyzed.Sentences)
        {
            Assert.True(sentence.FirstToken == nextToken && sentence.FirstToken < sentence.EndToken && sentence.EndToken <= tokens.Count,
                $"sentence over tokens [{sentence.FirstToken}, {sentence.EndToken}) where token {nextToken} comes next of {tokens.Count}");
            var span = sentence.Span;
            Assert.True(span.Start >= previousSentenceEnd && span.Start <= span.End && span.End <= text.Length,
                $"sentence [{span.Start}, {span.End}) after {previousSentenceEnd} in a text of {text.Length} chars");
            Assert.True(span.Start <= tokens[sentence.FirstToken].Start && tokens[sentence.EndToken - 1].End <= span.End,
                $"sentence [{span.Start}, {span.End}) does not hold its tokens");
            nextToken = sentence.EndToken;
            previousSentenceEnd = span.End;
        }

        Assert.Equal(tokens.Count, nextToken);
        Assert.Equal(tokens.Count, analyzed.SentenceOfToken.Count);
    }

    /// <summary>Entity spans are non-empty token ranges inside the text, sorted and non-overlapping.</summary>
    public static void Entities(AnalyzedText analyzed, IReadOnlyList<EntitySpan> spans)
    {
        var previousEnd = 0;
        foreach (var span in spans)
        {
            Assert.True(span.FirstToken >= previousEnd && span.FirstToken < span.EndToken && span.EndToken <= analyzed.Tokens.Count,
                $"entity over tokens [{span.FirstToken}, {span.EndToken}) after {previousEnd} of {analyzed.Tokens.Count}");
            previousEnd = span.EndToken;
        }
    }

    /// <summary>
    /// Nothing the stored text must not hold (see <see cref="Cleaning.UnsafeCharacters"/>): no control character but
    /// the line feed, no NUL, no U+FFFE/U+FFFF, no half of a surrogate pair.
    /// </summary>
    public static void SafeText(string? text, string what)
    {
        if (text is null)
        {
            return;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var lonely = char.IsHighSurrogate(c)
                ? i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])
                : char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));
            Assert.False(lonely || (char.IsControl(c) && c != '\n') || c is '\uFFFE' or '\uFFFF',
                $"{what} holds U+{(int)c:X4} at {i}");
        }
    }
}
