namespace KnowledgeGraph.Extraction.Ner;

/// <summary>
/// A document's words as the tagger reads them: every word in CoNLL spelling (<see cref="ConllSpelling"/>) in one
/// character buffer, with where each word and each sentence starts. Features read words as spans of that buffer, so
/// tagging a document makes no string per word.
/// </summary>
public sealed class DocumentWords
{
    private readonly char[] _characters;
    private readonly int[] _wordStarts;
    private readonly int[] _sentenceStarts;

    private DocumentWords(char[] characters, int[] wordStarts, int[] sentenceStarts)
    {
        _characters = characters;
        _wordStarts = wordStarts;
        _sentenceStarts = sentenceStarts;
    }

    public int SentenceCount => _sentenceStarts.Length - 1;

    /// <summary>The words of sentence <paramref name="sentence"/>.</summary>
    public SentenceWords Sentence(int sentence) =>
        new(this, _sentenceStarts[sentence], _sentenceStarts[sentence + 1] - _sentenceStarts[sentence]);

    /// <summary>Word <paramref name="word"/> counted across the whole document.</summary>
    internal ReadOnlySpan<char> Word(int word) =>
        _characters.AsSpan(_wordStarts[word], _wordStarts[word + 1] - _wordStarts[word]);

    /// <summary>Sentences of words given as strings, as training data and tests have them.</summary>
    public static DocumentWords Of(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var builder = new Builder(sentences.Sum(sentence => sentence.Sum(word => word.Length)));
        foreach (var sentence in sentences)
        {
            foreach (var word in sentence)
            {
                builder.AddWord(word);
            }

            builder.EndSentence();
        }

        return builder.Build();
    }

    /// <summary>Collects words one at a time; <paramref name="expectedCharacters"/> sizes the buffer (it grows if needed).</summary>
    public sealed class Builder(int expectedCharacters)
    {
        private readonly List<int> _wordStarts = [0];
        private readonly List<int> _sentenceStarts = [0];
        private char[] _characters = new char[Math.Max(16, expectedCharacters)];
        private int _length;

        public void AddWord(ReadOnlySpan<char> word)
        {
            if (_length + word.Length > _characters.Length)
            {
                Array.Resize(ref _characters, Math.Max(_characters.Length * 2, _length + word.Length));
            }

            ConllSpelling.Write(word, _characters.AsSpan(_length, word.Length));
            _length += word.Length;
            _wordStarts.Add(_length);
        }

        /// <summary>Closes the current sentence; an empty one is kept, so sentence numbers match the caller's.</summary>
        public void EndSentence() => _sentenceStarts.Add(_wordStarts.Count - 1);

        public DocumentWords Build() => new(_characters, [.. _wordStarts], [.. _sentenceStarts]);
    }
}
