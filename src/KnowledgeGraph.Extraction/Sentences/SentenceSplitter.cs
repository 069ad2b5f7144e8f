using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Tagging;
using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Sentences;

/// <summary>
/// Groups tokens into sentences. A sentence ends at ".", "!" or "?" (with any closing quotes or brackets after it),
/// and always at a line break, because in cleaned articles a line is a paragraph, headline or byline and a name
/// never runs across one. Abbreviations keep their period; an abbreviation or initialism that ends a sentence
/// ("... into the U.S. The talks ...") is recognised by the capitalised sentence opener that follows it.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Longest sentence in tokens; longer runs without punctuation are cut so later stages stay bounded.</summary>
    public const int MaxSentenceTokens = 250;

    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "This", "That", "These", "Those", "But", "And",
        "In", "On", "At", "As", "After", "Before", "While", "When", "Both", "His", "Her", "Its", "Their", "There",
        "Meanwhile", "However", "Still", "Yet", "Some", "Many", "Officials", "Critics",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceOpenerSpans = SentenceOpeners.GetAlternateLookup<ReadOnlySpan<char>>();

    public static Sentence[] Split(string text, IReadOnlyList<Token> tokens)
    {
        var sentences = new List<Sentence>();
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var breakBefore = i > first && (tokens[i].LineStart || i - first >= MaxSentenceTokens);
            if (breakBefore)
            {
                sentences.Add(Make(tokens, first, i));
                first = i;
            }

            if (EndsSentence(text, tokens, i))
            {
                var end = i + 1;
                while (end < tokens.Count && !tokens[end].LineStart && IsCloser(tokens[end].In(text)))
                {
                    end++;
                }

                sentences.Add(Make(tokens, first, end));
                first = end;
                i = end - 1;
            }
        }

        if (first < tokens.Count)
        {
            sentences.Add(Make(tokens, first, tokens.Count));
        }

        return sentences.ToArray();
    }

    private static bool EndsSentence(string text, IReadOnlyList<Token> tokens, int i)
    {
        var word = tokens[i].In(text);
        if (word is "." or "!" or "?" or "…" || (word.Length > 1 && word.Trim('.').IsEmpty))
        {
            return true;
        }

        if (word.Length < 2 || word[^1] != '.' || Abbreviations.IsNameTitle(word))
        {
            return false;
        }

        // An abbreviation that kept its period ends the sentence only when a sentence plainly starts next.
        if (i + 1 >= tokens.Count || tokens[i + 1].LineStart)
        {
            return true;
        }

        var next = i + 1;
        while (next < tokens.Count && !tokens[next].LineStart && IsCloser(tokens[next].In(text)))
        {
            next++; // "… from the U.S.” Then …": look past the closing quote
        }

        if (next >= tokens.Count || tokens[next].LineStart)
        {
            return true;
        }

        var opener = tokens[next].In(text);
        return SentenceOpenerSpans.Contains(opener) || opener is "“" or "\""
            || (next > i + 1 && WordShape.IsCapitalized(opener));
    }

    private static bool IsCloser(ReadOnlySpan<char> token) =>
        token is "\"" or "”" or "’" or "'" or ")" or "]" or "»";

    private static Sentence Make(IReadOnlyList<Token> tokens, int first, int end) =>
        new(first, end, new TextSpan(tokens[first].Start, tokens[end - 1].End));
}
