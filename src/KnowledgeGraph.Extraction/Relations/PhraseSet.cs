using System.Collections.Frozen;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// One group of cue phrases, matched token by token and case-insensitively, longest first, so that "met with" wins
/// over "met" and "member state" over "member". Indexed by first word so a lookup costs one dictionary probe.
/// </summary>
internal sealed class PhraseSet
{
    private readonly FrozenDictionary<string, (string[] Words, string? Tag)[]> _byFirstWord;
    private readonly int _longest;

    public PhraseSet(IEnumerable<(string Phrase, string? Tag)> phrases)
    {
        _byFirstWord = phrases
            .Select(p => (Words: p.Phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries), p.Tag))
            .Where(p => p.Words.Length > 0)
            .GroupBy(p => p.Words[0], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.OrderByDescending(p => p.Words.Length).ToArray(),
                StringComparer.OrdinalIgnoreCase);
        _longest = _byFirstWord.Values.SelectMany(c => c).Select(c => c.Words.Length).DefaultIfEmpty(0).Max();
    }

    /// <summary>True when <paramref name="phrase"/> (words separated by single spaces) is a whole phrase of this group.</summary>
    public bool Contains(string phrase)
    {
        var words = phrase.Split(' ');
        return _byFirstWord.TryGetValue(words[0], out var candidates)
            && candidates.Any(c => c.Words.Length == words.Length
                && c.Words.Zip(words).All(pair => string.Equals(pair.First, pair.Second, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The tag of the one-word phrase <paramref name="word"/>, or null.</summary>
    public string? TagOf(string word) =>
        _byFirstWord.TryGetValue(word, out var candidates) ? candidates.FirstOrDefault(c => c.Words.Length == 1).Tag : null;

    /// <summary>The longest phrase of this group that starts at token <paramref name="token"/> of the sentence.</summary>
    public PhraseMatch MatchAt(SentenceView sentence, int token)
    {
        if (!_byFirstWord.TryGetValue(sentence.Word(token), out var candidates))
        {
            return PhraseMatch.None;
        }

        foreach (var (words, tag) in candidates)
        {
            if (sentence.WordsAre(token, words))
            {
                return new PhraseMatch(words.Length, tag is not null, tag);
            }
        }

        return PhraseMatch.None;
    }

    /// <summary>True when some phrase of exactly <paramref name="length"/> tokens starts at <paramref name="token"/>.</summary>
    public bool HasPhrase(SentenceView sentence, int token, int length) =>
        length > 0
        && _byFirstWord.TryGetValue(sentence.Word(token), out var candidates)
        && candidates.Any(c => c.Words.Length == length && sentence.WordsAre(token, c.Words));

    /// <summary>The first token of the longest phrase of this group that ends right before <paramref name="end"/>, or -1.</summary>
    public int StartOfPhraseEndingAt(SentenceView sentence, int end)
    {
        for (var length = _longest; length > 0; length--)
        {
            if (HasPhrase(sentence, end - length, length))
            {
                return end - length;
            }
        }

        return -1;
    }
}
