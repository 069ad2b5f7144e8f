using KnowledgeGraph.Extraction.Sentences;
using KnowledgeGraph.Extraction.Tagging;
using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// The one object that owns a document's text, tokens and sentences; every later stage reads views into it.
/// Built once per document and never changed afterwards.
/// </summary>
public sealed class AnalyzedText
{
    private readonly int[] _firstWordOfSentence;

    // Token texts made so far. Every stage asks for words as strings (lookups, word lists, rules), many for the same
    // tokens; each token's string is made once, and only for tokens some stage reads that way. A document belongs to
    // one extraction thread, so filling it in needs no lock.
    private readonly string?[] _tokenTexts;
    private readonly string?[] _lowerTokenTexts;

    private AnalyzedText(string text, Token[] tokens, Sentence[] sentences, int[] sentenceOfToken, int[] firstWordOfSentence)
    {
        _tokenTexts = new string?[tokens.Length];
        _lowerTokenTexts = new string?[tokens.Length];
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        SentenceOfToken = sentenceOfToken;
        _firstWordOfSentence = firstWordOfSentence;
    }

    public string Text { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>For each token, the index of the sentence that holds it.</summary>
    public IReadOnlyList<int> SentenceOfToken { get; }

    public static AnalyzedText Analyze(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens);
        var sentenceOfToken = new int[tokens.Length];
        var firstWordOfSentence = new int[sentences.Length];
        for (var s = 0; s < sentences.Length; s++)
        {
            Array.Fill(sentenceOfToken, s, sentences[s].FirstToken, sentences[s].TokenCount);
            var first = sentences[s].FirstToken;
            while (first < sentences[s].EndToken && !WordShape.IsWordLike(tokens[first].In(text)))
            {
                first++;
            }

            firstWordOfSentence[s] = first;
        }

        return new AnalyzedText(text, tokens, sentences, sentenceOfToken, firstWordOfSentence);
    }

    /// <summary>
    /// The first token of sentence <paramref name="sentence"/> that is a word, past opening quotes and bullets: where
    /// capitalisation says nothing about names. The sentence's end token when it holds no word.
    /// </summary>
    public int FirstWordOfSentence(int sentence) => _firstWordOfSentence[sentence];

    /// <summary>The index of the sentence that holds character <paramref name="offset"/>, or the last one that starts before it.</summary>
    public int SentenceAt(int offset)
    {
        int low = 0, high = Sentences.Count - 1, found = 0;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (Sentences[middle].Span.Start <= offset)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }

    public string TokenText(int index) => _tokenTexts[index] ??= Tokens[index].In(Text).ToString();

    /// <summary>Token <paramref name="index"/> in lower case (invariant culture), the form word lists are looked up in.</summary>
    public string LowerTokenText(int index) => _lowerTokenTexts[index] ??= TokenText(index).ToLowerInvariant();

    /// <summary>Every token as written, in document order; each string is made when first read.</summary>
    public IReadOnlyList<string> Words => new TokenTexts(this, 0, Tokens.Count, lowerCase: false);

    /// <summary>Every token in lower case, in document order; each string is made when first read.</summary>
    public IReadOnlyList<string> LowerWords => new TokenTexts(this, 0, Tokens.Count, lowerCase: true);

    /// <summary>The words of sentence <paramref name="sentence"/> as strings, each made when first read.</summary>
    public IReadOnlyList<string> SentenceWords(int sentence) => TokensAsWords(Sentences[sentence].FirstToken, Sentences[sentence].EndToken);

    /// <summary>Tokens <c>[first, end)</c> as strings, each made when first read; empty when <paramref name="end"/> is not after <paramref name="first"/>.</summary>
    public IReadOnlyList<string> TokensAsWords(int first, int end) => new TokenTexts(this, first, Math.Max(0, end - first), lowerCase: false);

    /// <summary>
    /// Tokens <c>[first, end)</c> joined by single spaces: the form names are looked up in, so that a no-break space or
    /// a double space inside "Mexico  City" does not hide it from the gazetteer.
    /// </summary>
    public string LookupForm(int first, int end) =>
        end - first == 1 ? TokenText(first) : string.Join(' ', Enumerable.Range(first, end - first).Select(TokenText));

    /// <summary>The text from the start of token <paramref name="first"/> to the end of token <paramref name="end"/> - 1.</summary>
    public string SpanText(int first, int end) => Text[Tokens[first].Start..Tokens[end - 1].End];
}
