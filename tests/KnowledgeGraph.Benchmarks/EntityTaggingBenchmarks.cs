using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Tagging;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// The path extraction actually takes from article text to entity spans: our tokenizer and sentence splitter, then
/// the trained tagger with its mapping and fix-ups. Compared with <see cref="NerTaggingBenchmarks"/> it shows what
/// the work around the model costs.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
[BenchmarkCategory("Ner", "Tagging")]
public class EntityTaggingBenchmarks
{
    private IReadOnlyList<string> _articles = [];
    private TrainedEntityTagger _tagger = null!;

    [GlobalSetup]
    public void Setup()
    {
        _articles = SampleArticles.Texts();
        _tagger = TrainedEntityTagger.CreateDefault();
        Console.WriteLine($"// Corpus: {RepositoryLayout.Samples}: {_articles.Count} articles, {TokenCount()} tokens per operation.");
    }

    [Benchmark]
    public int AnalyzeAndTagSamples()
    {
        var spans = 0;
        foreach (var article in _articles)
        {
            spans += _tagger.Tag(AnalyzedText.Analyze(article)).Count;
        }

        return spans;
    }

    /// <summary>Tokens as our tokenizer counts them, the unit the per-token columns divide by.</summary>
    private static int TokenCount() => SampleArticles.Texts().Sum(text => AnalyzedText.Analyze(text).Tokens.Count);

    private sealed class Config() : PerTokenConfig(TokenCount);
}
