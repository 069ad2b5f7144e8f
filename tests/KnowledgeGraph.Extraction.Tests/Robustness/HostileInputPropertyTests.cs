using FsCheck;
using FsCheck.Fluent;
using KnowledgeGraph.Extraction.Cleaning;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Ingest;
using KnowledgeGraph.Extraction.Tagging;

namespace KnowledgeGraph.Extraction.Tests.Robustness;

/// <summary>
/// Random bytes and hostile Unicode (<see cref="HostileInput"/>) through every stage from the decoder to the taggers:
/// nothing throws (a reader reports a <see cref="ReadProblem"/> instead), every span lies inside its text and in
/// order, the cleaned text is safe to store, and each call on up to ~100 KB ends within <see cref="Bounded.Limit"/>.
/// FsCheck.Xunit is not served by the package registry, so each property runs inside a plain fact and a failure
/// reports FsCheck's replay seed and the <c>HostileInput.Build(seed, length)</c> call that makes the input.
/// </summary>
public class HostileInputPropertyTests
{
    /// <summary>Inputs per property: with sizes mostly small and rarely 100 KB, the whole class takes a few seconds.</summary>
    private const int InputsPerRun = 60;

    private static readonly Config Checks = Config.QuickThrowOnFailure.WithMaxTest(InputsPerRun);

    private static readonly ArticleCleaner Cleaner = new();

    private static readonly CapitalizedSpanTagger RuleTagger = new(Gazetteer.Default);

    /// <summary>The tagger <see cref="ExtractionPipeline.CreateDefault"/> runs: the trained model supplemented by the rules.</summary>
    private static readonly SupplementedEntityTagger DefaultTagger =
        new(TrainedEntityTagger.CreateDefault(), new CapitalizedSpanTagger(Gazetteer.Default), Gazetteer.Default);

    public static TheoryData<string> Readers => [.. ArticleFormats.SupportedExtensions];

    static HostileInputPropertyTests()
    {
        // Load the shipped model and JIT the stages once, so the time bound measures the work and not the start-up.
        var warm = AnalyzedText.Analyze("Ana Ruiz flew to Lisbon on Jan. 3 with Acme Works.");
        DefaultTagger.Tag(warm);
        RuleTagger.Tag(warm);
    }

    [Fact]
    public void Any_bytes_decode_to_text_with_only_line_feeds_or_to_a_skip_with_a_reason()
    {
        Check.One(Checks, Prop.ForAll(HostileInput.Bytes, (HostileBytes bytes) =>
        {
            var decoded = Bounded.Run("TextFileDecoder.Decode", bytes, () => TextFileDecoder.Decode("fuzz.txt", bytes.Value));
            if (decoded.Text is null)
            {
                Assert.True(decoded.Problem is { Skipped: true }, $"no text and no skip for {bytes}");
            }
            else
            {
                Assert.DoesNotContain('\r', decoded.Text);
                Assert.False(decoded.Problem is { Skipped: true }, $"text and a skip for {bytes}");
            }
        }));
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Any_text_is_read_into_articles_or_problems_without_throwing(string extension)
    {
        var reader = ArticleFormats.ReaderFor("fuzz" + extension)!;
        Check.One(Checks, Prop.ForAll(HostileInput.Arbitrary, (HostileInput input) =>
        {
            var content = TextFileDecoder.NormalizeLineEndings(input.Text);
            var result = Bounded.Run($"{reader.GetType().Name}.Read", input, () => reader.Read("fuzz" + extension, content));
            Assert.All(result.Articles, article => Assert.StartsWith("fuzz" + extension, article.Path, StringComparison.Ordinal));
            Assert.All(result.Problems, problem => Assert.False(string.IsNullOrWhiteSpace(problem.Reason)));
        }));
    }

    [Fact]
    public void Decoded_bytes_read_by_every_reader_clean_to_safe_text_and_metadata()
    {
        Check.One(Checks, Prop.ForAll(HostileInput.Bytes, (HostileBytes bytes) =>
        {
            if (TextFileDecoder.Decode("fuzz", bytes.Value).Text is not { } content)
            {
                return;
            }

            foreach (var extension in ArticleFormats.SupportedExtensions)
            {
                foreach (var article in ArticleFormats.ReaderFor(extension)!.Read("fuzz" + extension, content).Articles)
                {
                    CleanSafely(article, bytes);
                }
            }
        }));
    }

    [Fact]
    public void Any_article_cleans_to_safe_text_and_metadata()
    {
        Check.One(Checks, Prop.ForAll(HostileInput.Arbitrary, HostileInput.Arbitrary, (HostileInput text, HostileInput metadata) =>
        {
            var field = metadata.Text[..Math.Min(metadata.Text.Length, 500)];
            CleanSafely(new RawArticle("fuzz.txt", text.Text, field, field, field, null), text);
        }));
    }

    [Fact]
    public void Tokens_and_sentences_lie_inside_any_text_in_order()
    {
        Check.One(Checks, Prop.ForAll(HostileInput.Arbitrary, (HostileInput input) =>
        {
            SpanChecks.TokensAndSentences(Bounded.Run("AnalyzedText.Analyze", input, () => AnalyzedText.Analyze(input.Text)));
        }));
    }

    [Fact]
    public void The_rule_tagger_finds_ordered_spans_inside_any_text()
    {
        Check.One(Checks, Prop.ForAll(HostileInput.Arbitrary, (HostileInput input) => TagRawAndCleaned(RuleTagger, input)));
    }

    [Fact]
    public void The_default_pipeline_tagger_finds_ordered_spans_inside_any_text()
    {
        Check.One(Checks, Prop.ForAll(HostileInput.Arbitrary, (HostileInput input) => TagRawAndCleaned(DefaultTagger, input)));
    }

    private static void CleanSafely(RawArticle article, object input)
    {
        var document = Bounded.Run("ArticleCleaner.Clean", input, () => Cleaner.Clean(article));
        SpanChecks.SafeText(document.Text, $"the text cleaned from {input}");
        SpanChecks.SafeText(document.Title, $"the title cleaned from {input}");
        SpanChecks.SafeText(document.Source, $"the source cleaned from {input}");
        SpanChecks.SafeText(document.Url, $"the URL cleaned from {input}");
        SpanChecks.SafeText(document.Dateline, $"the dateline cleaned from {input}");
        SpanChecks.SafeText(document.Byline, $"the byline cleaned from {input}");
    }

    /// <summary>The text as it comes (taggers must not trust the cleaner) and as the cleaner leaves it.</summary>
    private static void TagRawAndCleaned(IEntityTagger tagger, HostileInput input)
    {
        var cleaned = Cleaner.Clean(new RawArticle("fuzz.txt", input.Text, null, null, null, null)).Text;
        foreach (var text in new[] { input.Text, cleaned })
        {
            var analyzed = AnalyzedText.Analyze(text);
            var spans = Bounded.Run($"{tagger.GetType().Name}.Tag", input, () => tagger.Tag(analyzed));
            SpanChecks.Entities(analyzed, spans);
        }
    }
}
