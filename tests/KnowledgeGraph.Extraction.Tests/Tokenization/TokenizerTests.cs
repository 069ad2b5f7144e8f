using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Tests.Tokenization;

public class TokenizerTests
{
    private static string[] Words(string text) => Tokenizer.Tokenize(text).Select(t => t.In(text).ToString()).ToArray();

    [Fact]
    public void Offsets_are_half_open_and_cover_exactly_the_token_text()
    {
        const string text = "“Harbour fees rose 3.5%,” said Ana Ruiz’s deputy (in Lima) — again.";
        var tokens = Tokenizer.Tokenize(text);

        Assert.All(tokens, t =>
        {
            Assert.True(t.Start < t.End);
            Assert.Equal(t.End - t.Start, t.Length);
            Assert.Equal(text[t.Start..t.End], t.In(text).ToString());
            Assert.Equal(text[t.Start..t.End], t.Span.Slice(text));
            Assert.DoesNotContain(text[t.Start..t.End], char.IsWhiteSpace);
        });
        Assert.All(tokens.Zip(tokens.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start));
        Assert.Equal(string.Concat(text.Where(c => !char.IsWhiteSpace(c))), string.Concat(tokens.Select(t => t.In(text).ToString())));
    }

    [Fact]
    public void Offsets_of_a_simple_sentence_are_exact()
    {
        var tokens = Tokenizer.Tokenize("Ana Ruiz left.");

        Assert.Equal(new[] { new Token(0, 3, true), new Token(4, 8, false), new Token(9, 13, false), new Token(13, 14, false) }, tokens);
    }

    [Theory]
    [InlineData("Ruiz’s plan", new[] { "Ruiz", "’s", "plan" })]
    [InlineData("Ortega's reply", new[] { "Ortega", "'s", "reply" })]
    [InlineData("the UNION'S vote", new[] { "the", "UNION", "'S", "vote" })]
    [InlineData("Ruiz’s.", new[] { "Ruiz", "’s", "." })]
    public void Possessive_s_is_its_own_token(string text, string[] expected) => Assert.Equal(expected, Words(text));

    [Theory]
    [InlineData("They don't know", new[] { "They", "do", "n't", "know" })]
    [InlineData("We're ready", new[] { "We", "'re", "ready" })]
    [InlineData("I'd go", new[] { "I", "'d", "go" })]
    public void Contractions_are_split_off(string text, string[] expected) => Assert.Equal(expected, Words(text));

    [Theory]
    [InlineData("The U.S. envoy left.", new[] { "The", "U.S.", "envoy", "left", "." })]
    [InlineData("on Sept. 4 the port", new[] { "on", "Sept.", "4", "the", "port" })]
    [InlineData("met Gen. Brandt,", new[] { "met", "Gen.", "Brandt", "," })]
    [InlineData("with J. Harlan Pike.", new[] { "with", "J.", "Harlan", "Pike", "." })]
    [InlineData("Pike & Sons Inc. said", new[] { "Pike", "&", "Sons", "Inc.", "said" })]
    [InlineData("the U.N., which", new[] { "the", "U.N.", ",", "which" })]
    [InlineData("at 9 a.m. sharp", new[] { "at", "9", "a.m.", "sharp" })]
    public void Abbreviations_and_initials_keep_their_period(string text, string[] expected) => Assert.Equal(expected, Words(text));

    [Theory]
    [InlineData("the ferry left.", new[] { "the", "ferry", "left", "." })]
    [InlineData("in Lima.", new[] { "in", "Lima", "." })]
    [InlineData("fees rose 3.5.", new[] { "fees", "rose", "3.5", "." })]
    public void An_ordinary_final_period_is_split_off(string text, string[] expected) => Assert.Equal(expected, Words(text));

    [Theory]
    [InlineData("About 1,000 workers", new[] { "About", "1,000", "workers" })]
    [InlineData("rose 3.5 percent", new[] { "rose", "3.5", "percent" })]
    [InlineData("paid 12,500,000, officials said", new[] { "paid", "12,500,000", ",", "officials", "said" })]
    [InlineData("($12.50)", new[] { "(", "$12.50", ")" })]
    public void Numbers_stay_whole(string text, string[] expected) => Assert.Equal(expected, Words(text));

    [Theory]
    [InlineData("\"We will not yield,\" she said", new[] { "\"", "We", "will", "not", "yield", ",", "\"", "she", "said" })]
    [InlineData("“Enough.”", new[] { "“", "Enough", ".", "”" })]
    [InlineData("(in Lima) [sic]", new[] { "(", "in", "Lima", ")", "[", "sic", "]" })]
    [InlineData("«Basta»", new[] { "«", "Basta", "»" })]
    [InlineData("¿Dónde?", new[] { "¿", "Dónde", "?" })]
    public void Quotes_and_brackets_are_peeled_off(string text, string[] expected) => Assert.Equal(expected, Words(text));

    [Theory]
    [InlineData("sovereignty—and pride", new[] { "sovereignty", "—", "and", "pride" })]
    [InlineData("pride – and", new[] { "pride", "–", "and" })]
    [InlineData("2019–2021", new[] { "2019", "–", "2021" })]
    [InlineData("—Ruiz", new[] { "—", "Ruiz" })]
    public void Em_and_en_dashes_are_split_off(string text, string[] expected) => Assert.Equal(expected, Words(text));

    [Theory]
    [InlineData("U.S.-Mexico talks", new[] { "U.S.-Mexico", "talks" })]
    [InlineData("a well-known dock", new[] { "a", "well-known", "dock" })]
    public void Hyphenated_words_stay_whole(string text, string[] expected) => Assert.Equal(expected, Words(text));

    [Theory]
    [InlineData("Follow @AnaRuizCL for", new[] { "Follow", "@AnaRuizCL", "for" })]
    [InlineData("(@AnaRuizCL).", new[] { "(", "@AnaRuizCL", ")", "." })]
    public void Handles_stay_whole(string text, string[] expected) => Assert.Equal(expected, Words(text));

    [Theory]
    [InlineData("for updates... Or", new[] { "for", "updates", "...", "Or" })]
    [InlineData("Or not… maybe", new[] { "Or", "not", "…", "maybe" })]
    [InlineData("waited ... and", new[] { "waited", "...", "and" })]
    public void Ellipses_are_one_token(string text, string[] expected) => Assert.Equal(expected, Words(text));

    [Fact]
    public void Line_start_marks_the_first_token_after_a_line_break()
    {
        const string text = "Ana left.\nPedro stayed.\n\n  “Enough,” he said";
        var tokens = Tokenizer.Tokenize(text);
        var starts = tokens.Where(t => t.LineStart).Select(t => t.In(text).ToString());

        Assert.Equal(new[] { "Ana", "Pedro", "“" }, starts);
    }

    [Fact]
    public void A_line_break_inside_spaces_still_marks_the_next_token()
    {
        const string text = "the ferry \r\n left";
        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal(new[] { true, false, true }, tokens.Select(t => t.LineStart));
    }

    [Fact]
    public void A_very_long_run_is_cut_at_the_maximum_token_length()
    {
        var blob = new string('q', Tokenizer.MaxTokenLength * 2 + 50);
        var text = "data " + blob + " end";
        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal(new[] { 4, Tokenizer.MaxTokenLength, Tokenizer.MaxTokenLength, 50, 3 }, tokens.Select(t => t.Length));
        Assert.Equal(5, tokens[1].Start);
        Assert.Equal(tokens[1].End, tokens[2].Start);
        Assert.Equal(tokens[2].End, tokens[3].Start);
        Assert.All(tokens.Skip(1), t => Assert.False(t.LineStart));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\t \r\n")]
    public void Empty_or_blank_text_has_no_tokens(string text) => Assert.Empty(Tokenizer.Tokenize(text));

    // Regression: the cut at MaxTokenLength could fall inside an emoji, leaving a lone surrogate that UTF-8 cannot store.
    [Fact]
    public void A_long_token_is_never_cut_between_the_two_halves_of_an_emoji()
    {
        var text = "Z" + new string('q', Tokenizer.MaxTokenLength - 2) + "😀 and more";

        var tokens = Tokenizer.Tokenize(text);

        Assert.All(tokens, t => Assert.False(char.IsLowSurrogate(text[t.Start]) || char.IsHighSurrogate(text[t.End - 1]), $"token [{t.Start},{t.End}) splits a surrogate pair"));
        Assert.Equal(text.Replace(" ", string.Empty), string.Concat(tokens.Select(t => text[t.Start..t.End])));
    }
}
