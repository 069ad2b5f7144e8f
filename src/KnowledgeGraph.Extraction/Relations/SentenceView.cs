namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// One sentence as the relation patterns read it: its token range, the words, and the names in it as token slots.
/// Token indices are those of the whole document; a word asked for outside the sentence is empty, so no pattern can
/// reach into the next sentence by accident.
/// </summary>
internal sealed class SentenceView
{
    private readonly AnalyzedText _text;

    public SentenceView(int index, int first, int end, AnalyzedText text, IReadOnlyList<MentionSlot> slots)
    {
        Index = index;
        First = first;
        End = end;
        _text = text;
        Slots = slots;
    }

    /// <summary>Index of the sentence in the document: the evidence of whatever the patterns find here.</summary>
    public int Index { get; }

    public int First { get; }

    public int End { get; }

    /// <summary>The names of the sentence, in text order.</summary>
    public IReadOnlyList<MentionSlot> Slots { get; }

    /// <summary>The word at <paramref name="token"/> as printed, or the empty string outside the sentence.</summary>
    public string Word(int token) => token >= First && token < End ? _text.TokenText(token) : string.Empty;

    public bool IsWord(int token, string word) => string.Equals(Word(token), word, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the tokens from <paramref name="token"/> on are <paramref name="words"/>, ignoring case.</summary>
    public bool WordsAre(int token, IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!IsWord(token + i, words[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A possessive clitic ("’s", "'s") or the bare apostrophe of a plural possessive ("allies’").</summary>
    public bool IsPossessive(int token) => Word(token) is "’s" or "'s" or "’S" or "'S" or "’" or "'";

    /// <summary>A token with no letter or digit: a comma, a dash, a quote, a full stop.</summary>
    public bool IsPunctuation(int token)
    {
        var word = Word(token);
        return word.Length > 0 && !word.Any(char.IsLetterOrDigit);
    }

    /// <summary>True when a word starts with a capital letter, which in running text marks a name rather than a noun.</summary>
    public bool IsCapitalized(int token)
    {
        var word = Word(token);
        return word.Length > 0 && char.IsUpper(word[0]);
    }

    /// <summary>The words <c>[First, end)</c>, for the title lexicon, which matches over a word list.</summary>
    public IReadOnlyList<string> WordsBefore(int end) => _text.TokensAsWords(First, end);

    public int? SlotIndexStartingAt(int token)
    {
        for (var i = 0; i < Slots.Count; i++)
        {
            if (Slots[i].First == token)
            {
                return i;
            }
        }

        return null;
    }

    public int? SlotIndexEndingAt(int token)
    {
        for (var i = 0; i < Slots.Count; i++)
        {
            if (Slots[i].End == token)
            {
                return i;
            }
        }

        return null;
    }
}
