using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Core.Resolution;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Resolution;
using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// The inner stages of ingest, each over the same corpus of whole articles on one thread: tokenizing, tokens plus
/// sentences, the whole extraction of one document (names, entities, relations, quotes, time, events), and the
/// sequential cross-document resolution the writer runs on the extracted facts. Allocated bytes per token (the
/// memory diagnoser's figure divided by the corpus' tokens) show which stage allocates per token.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
[BenchmarkCategory("Ingest", "Stages")]
public class ExtractionStageBenchmarks
{
    private ArticleCorpus _corpus = null!;
    private ExtractionPipeline _pipeline = null!;
    private IReadOnlyList<DocumentFacts> _facts = [];

    [GlobalSetup]
    public void Setup()
    {
        _corpus = ArticleCorpus.Load();
        _pipeline = ExtractionPipeline.CreateDefault();
        _facts = _corpus.Documents.Select(_pipeline.Extract).ToArray();
        Console.WriteLine($"// Corpus: {_corpus.Description}: {_corpus.Documents.Count} articles, {_corpus.TokenCount} tokens per operation.");
    }

    [Benchmark]
    public int Tokenize()
    {
        var tokens = 0;
        foreach (var document in _corpus.Documents)
        {
            tokens += Tokenizer.Tokenize(document.Text).Length;
        }

        return tokens;
    }

    [Benchmark]
    public int TokensAndSentences()
    {
        var sentences = 0;
        foreach (var document in _corpus.Documents)
        {
            sentences += AnalyzedText.Analyze(document.Text).Sentences.Count;
        }

        return sentences;
    }

    [Benchmark]
    public int ExtractFacts()
    {
        var mentions = 0;
        foreach (var document in _corpus.Documents)
        {
            mentions += _pipeline.Extract(document).Mentions.Count;
        }

        return mentions;
    }

    /// <summary>Resolution against an index that starts empty, as a first ingest does; the store's writes are not included.</summary>
    [Benchmark]
    public int ResolveAcrossDocuments()
    {
        var builder = new GraphBuilder(new InMemoryEntityIndex());
        var entities = 0;
        foreach (var facts in _facts)
        {
            entities += builder.Resolve(facts).Entities.Count;
        }

        return entities;
    }

    private sealed class Config() : PerTokenConfig(() => ArticleCorpus.Load().TokenCount);
}
