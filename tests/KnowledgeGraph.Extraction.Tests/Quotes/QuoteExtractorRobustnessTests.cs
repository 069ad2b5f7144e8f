using System.Diagnostics;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Quotes;

namespace KnowledgeGraph.Extraction.Tests.Quotes;

/// <summary>Hostile text: marks without words, marks without end, and one huge paragraph full of them.</summary>
public class QuoteExtractorRobustnessTests
{
    private static readonly QuoteExtractor Extractor = new(Gazetteer.Default);

    [Theory]
    [InlineData("")]
    [InlineData("\"")]
    [InlineData("“")]
    [InlineData("”“\"\"«»‘’'' “ ” « »")]
    [InlineData("— (@) 1")]
    [InlineData("said\n:\n“")]
    [InlineData("“a\n“b\n“c")]
    [InlineData("\n\n— Ana Ruiz (@ana) March 4, 2026")]
    public void Marks_without_words_give_no_quote_and_no_error(string text)
    {
        var quotes = Extractor.Extract(AnalyzedText.Analyze(text), [], []);

        Assert.All(quotes, q => Assert.Equal(q.Text, q.Span.Slice(text)));
        Assert.DoesNotContain(quotes, q => q.Text.Length == 0);
    }

    [Fact]
    public void Quotes_at_the_very_start_and_end_of_the_text_keep_their_offsets()
    {
        const string text = "“Start of the text with four words,” Ruiz said, and she ended: “the end of the text right here”";

        var quotes = Extractor.Extract(AnalyzedText.Analyze(text), [], []);

        Assert.Equal(["Start of the text with four words,", "the end of the text right here"], quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal(q.Text, q.Span.Slice(text)));
    }

    [Fact]
    public void A_huge_paragraph_of_stray_marks_is_read_in_linear_time()
    {
        var piece = "«open “and 'never ‘closed \" said he, according to the “ word ";
        var text = string.Concat(Enumerable.Repeat(piece, 200_000 / piece.Length));
        var analyzed = AnalyzedText.Analyze(text);

        var clock = Stopwatch.StartNew();
        var quotes = Extractor.Extract(analyzed, [], []);
        clock.Stop();

        Assert.All(quotes, q => Assert.True(q.Span.Length <= 1500));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Many_short_quotes_in_one_paragraph_are_each_read_once()
    {
        var piece = "“We will go on with the strike,” she said, ";
        var text = string.Concat(Enumerable.Repeat(piece, 4000));
        var analyzed = AnalyzedText.Analyze(text);

        var clock = Stopwatch.StartNew();
        IReadOnlyList<LocalQuote> quotes = Extractor.Extract(analyzed, [], []);
        clock.Stop();

        Assert.Equal(4000, quotes.Count);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }
}
