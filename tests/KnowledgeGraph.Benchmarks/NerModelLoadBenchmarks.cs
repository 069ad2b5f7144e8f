using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Extraction.Ner;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// What the first tagged document pays before tagging starts, split into its parts, measured warm (after JIT):
/// reading the model's weights, building the gazetteers and word clusters, and wiring the two into a tagger.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Ner", "Load")]
public class NerModelLoadBenchmarks
{
    private NerModel _model = null!;
    private NerLexicons _lexicons = null!;

    [GlobalSetup]
    public void Setup()
    {
        _model = ShippedNerModel.Load();
        _lexicons = NerLexicons.LoadShipped();
    }

    [Benchmark]
    public NerModel LoadModel() => ShippedNerModel.Load();

    [Benchmark]
    public NerLexicons BuildLexicons() => NerLexicons.LoadShipped();

    /// <summary>The tagger constructor on already loaded parts: the fingerprint check and the feature extractor.</summary>
    [Benchmark]
    public NerTagger BuildTagger() => new(_model, _lexicons);
}
