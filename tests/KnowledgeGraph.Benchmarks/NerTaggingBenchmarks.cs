using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Extraction.Ner;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Throughput of the shipped named-entity tagger alone, on one thread, over words already split into sentences:
/// features plus decoding, the part that scales with the model. One call tags the whole corpus, document by document,
/// as extraction does; the extra columns turn that into per-token figures.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
[BenchmarkCategory("Ner", "Tagging")]
public class NerTaggingBenchmarks
{
    private TaggingCorpus _corpus = null!;
    private NerTagger _tagger = null!;

    [GlobalSetup]
    public void Setup()
    {
        _corpus = TaggingCorpus.Load();
        // Loading the model and lexicons is measured in NerModelLoadBenchmarks, not here.
        _tagger = ShippedNerModel.DefaultTagger;
        Console.WriteLine($"// Corpus: {_corpus.Description}: {_corpus.Documents.Count} documents, {_corpus.TokenCount} tokens per operation.");
    }

    [Benchmark]
    public int TagCorpus()
    {
        // Summing the tags keeps the work observable so the JIT cannot drop it.
        var sum = 0;
        foreach (var document in _corpus.Documents)
        {
            foreach (var sentence in _tagger.Tag(document))
            {
                sum += sentence.Sum();
            }
        }

        return sum;
    }

    private sealed class Config() : PerTokenConfig(() => TaggingCorpus.Load().TokenCount);
}
