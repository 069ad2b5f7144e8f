namespace KnowledgeGraph.Extraction.Tests.Pipeline;

public class AnalyzedTextTests
{
    [Fact]
    public void Owns_the_text_its_tokens_and_its_sentences()
    {
        const string text = "Ana Ruiz left Quito. The HWU stayed.\nFerry Talks Resume";
        var analyzed = AnalyzedText.Analyze(text);

        Assert.Same(text, analyzed.Text);
        Assert.Equal(new[] { "Ana", "Ruiz", "left", "Quito", ".", "The", "HWU", "stayed", ".", "Ferry", "Talks", "Resume" },
            Enumerable.Range(0, analyzed.Tokens.Count).Select(analyzed.TokenText));
        Assert.Equal(3, analyzed.Sentences.Count);
    }

    [Fact]
    public void Maps_every_token_to_the_sentence_holding_it()
    {
        var analyzed = AnalyzedText.Analyze("Ana Ruiz left Quito. The HWU stayed.\nFerry Talks Resume");

        Assert.Equal(new[] { 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2 }, analyzed.SentenceOfToken);
    }

    [Fact]
    public void Span_text_runs_from_the_first_token_to_the_end_of_the_last()
    {
        var analyzed = AnalyzedText.Analyze("Minister Pieter  van der Berg’s plan");

        Assert.Equal("Pieter  van der Berg", analyzed.SpanText(1, 5));
        Assert.Equal("’s", analyzed.TokenText(5));
    }

    [Fact]
    public void Empty_text_has_no_tokens_or_sentences()
    {
        var analyzed = AnalyzedText.Analyze(string.Empty);

        Assert.Empty(analyzed.Tokens);
        Assert.Empty(analyzed.Sentences);
        Assert.Empty(analyzed.SentenceOfToken);
    }

    [Fact]
    public void A_tokens_text_is_made_once_and_shared_by_every_reader()
    {
        var analyzed = AnalyzedText.Analyze("Ana Ruiz left Quito.");

        Assert.Equal("Ruiz", analyzed.TokenText(1));
        Assert.Same(analyzed.TokenText(1), analyzed.TokenText(1));
        Assert.Same(analyzed.TokenText(1), analyzed.SentenceWords(0)[1]);
    }

    [Fact]
    public void Sentence_words_are_the_sentences_tokens_as_text()
    {
        var analyzed = AnalyzedText.Analyze("Ana Ruiz left Quito. The HWU stayed.");

        Assert.Equal(new[] { "The", "HWU", "stayed", "." }, analyzed.SentenceWords(1));
        Assert.Equal(4, analyzed.SentenceWords(1).Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => analyzed.SentenceWords(1)[4]);
    }
}
