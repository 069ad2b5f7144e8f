using KnowledgeGraph.Extraction.Sentences;
using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Tests.Sentences;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text) =>
        SentenceSplitter.Split(text, Tokenizer.Tokenize(text)).Select(s => s.Span.Slice(text)).ToArray();

    [Fact]
    public void Ends_sentences_at_full_stops_question_and_exclamation_marks() =>
        Assert.Equal(
            new[] { "The ferry left at dawn.", "Did it reach Lima?", "It did!", "Crews cheered." },
            Sentences("The ferry left at dawn. Did it reach Lima? It did! Crews cheered."));

    [Theory]
    [InlineData("He wrote “Enough.” Then he left.", "He wrote “Enough.”", "Then he left.")]
    [InlineData("She said: \"It is over.\" Then silence fell.", "She said: \"It is over.\"", "Then silence fell.")]
    [InlineData("The vote passed (narrowly.) Crews left.", "The vote passed (narrowly.)", "Crews left.")]
    [InlineData("‘Who knew?’ Nobody did.", "‘Who knew?’", "Nobody did.")]
    public void A_closing_quote_or_bracket_stays_with_the_sentence_it_closes(string text, string first, string second) =>
        Assert.Equal(new[] { first, second }, Sentences(text));

    [Theory]
    [InlineData("The order came from Gen. Brandt on Monday.")]
    [InlineData("Talks resume on Sept. 3 in Lima.")]
    [InlineData("The firm Pike & Sons Inc. said it would appeal.")]
    [InlineData("A letter from J. Harlan Pike arrived.")]
    [InlineData("The U.S. envoy met Dr. Alma Cole.")]
    public void Abbreviations_inside_a_sentence_do_not_end_it(string text) => Assert.Equal(new[] { text }, Sentences(text));

    [Fact]
    public void A_name_title_never_ends_a_sentence_even_before_a_sentence_opener() =>
        Assert.Single(Sentences("The award went to Gen. The Reverend Brandt."));

    [Fact]
    public void An_abbreviation_ends_the_sentence_when_a_sentence_opener_follows() =>
        Assert.Equal(
            new[] { "The ferry deal brought new cargo into the U.S.", "The talks resume on Sept. 3 in Lima." },
            Sentences("The ferry deal brought new cargo into the U.S. The talks resume on Sept. 3 in Lima."));

    [Fact]
    public void An_abbreviation_at_the_end_of_the_text_ends_the_last_sentence() =>
        Assert.Equal(new[] { "Crews unloaded.", "The cargo came from the U.S." }, Sentences("Crews unloaded. The cargo came from the U.S."));

    [Fact]
    public void An_abbreviation_then_a_closing_quote_ends_the_sentence_when_a_sentence_opener_follows() =>
        Assert.Equal(
            new[] { "“The cargo came from the U.S.”", "Then the crew left." },
            Sentences("“The cargo came from the U.S.” Then the crew left."));

    [Fact]
    public void An_ellipsis_ends_a_sentence() =>
        Assert.Equal(new[] { "We waited...", "Nothing came." }, Sentences("We waited... Nothing came."));

    [Theory]
    [InlineData("Ferry Talks Resume in Lima\nNegotiators met on Monday.", "Ferry Talks Resume in Lima", "Negotiators met on Monday.")]
    [InlineData("The ferry\nleft port.", "The ferry", "left port.")]
    [InlineData("By Ana Ruiz\n\nThe port reopened.", "By Ana Ruiz", "The port reopened.")]
    public void A_line_break_always_ends_a_sentence(string text, string first, string second) =>
        Assert.Equal(new[] { first, second }, Sentences(text));

    [Fact]
    public void A_closing_quote_on_the_next_line_is_not_pulled_back() =>
        Assert.Equal(new[] { "He left.", "” Crews waved." }, Sentences("He left.\n” Crews waved."));

    [Fact]
    public void A_run_without_punctuation_is_cut_every_max_sentence_tokens()
    {
        var text = string.Join(' ', Enumerable.Repeat("cargo", SentenceSplitter.MaxSentenceTokens * 2 + 10));
        var sentences = SentenceSplitter.Split(text, Tokenizer.Tokenize(text));

        Assert.Equal(new[] { SentenceSplitter.MaxSentenceTokens, SentenceSplitter.MaxSentenceTokens, 10 }, sentences.Select(s => s.TokenCount));
    }

    [Fact]
    public void Sentences_cover_every_token_once_and_their_spans_run_from_first_to_last_token()
    {
        const string text = "“Ruiz’s plan works,” said Gen. Brandt. Did the U.S. agree? It did…\nFerry Talks Resume\n(Crews cheered.) More later";
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens);

        Assert.Equal(0, sentences[0].FirstToken);
        Assert.Equal(tokens.Length, sentences[^1].EndToken);
        Assert.All(sentences.Zip(sentences.Skip(1)), pair => Assert.Equal(pair.First.EndToken, pair.Second.FirstToken));
        Assert.All(sentences, s =>
        {
            Assert.True(s.TokenCount > 0);
            Assert.Equal(tokens[s.FirstToken].Start, s.Span.Start);
            Assert.Equal(tokens[s.EndToken - 1].End, s.Span.End);
        });
    }

    [Fact]
    public void No_tokens_make_no_sentences() => Assert.Empty(SentenceSplitter.Split("  \n ", Tokenizer.Tokenize("  \n ")));

    // Regression: abbreviations were matched ignoring case, so "no." and "sun." never ended a sentence.
    [Theory]
    [InlineData("The union voted no. The strike goes on.", "The union voted no.", "The strike goes on.")]
    [InlineData("They sat in the sun. Pedro Gomez arrived in Lima.", "They sat in the sun.", "Pedro Gomez arrived in Lima.")]
    public void A_lower_case_word_that_looks_like_an_abbreviation_still_ends_a_sentence(string text, string first, string second) =>
        Assert.Equal(new[] { first, second }, Sentences(text));
}
