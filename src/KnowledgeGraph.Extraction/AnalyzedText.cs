using KnowledgeGraph.Extraction.Sentences;
using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// The one object that owns a document's text, tokens and sentences; every later stage reads views into it.
/// Built once per document and never changed afterwards.
/// </summary>
public sealed class AnalyzedText
{
    private AnalyzedText(string text, Token[] tokens, Sentence[] sentences, int[] sentenceOfToken)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        SentenceOfToken = sentenceOfToken;
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
        for (var s = 0; s < sentences.Length; s++)
        {
            Array.Fill(sentenceOfToken, s, sentences[s].FirstToken, sentences[s].TokenCount);
        }

        return new AnalyzedText(text, tokens, sentences, sentenceOfToken);
    }

    public string TokenText(int index) => Tokens[index].In(Text).ToString();

    /// <summary>The text from the start of token <paramref name="first"/> to the end of token <paramref name="end"/> - 1.</summary>
    public string SpanText(int first, int end) => Text[Tokens[first].Start..Tokens[end - 1].End];
}
