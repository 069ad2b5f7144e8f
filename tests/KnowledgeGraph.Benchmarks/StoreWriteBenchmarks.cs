using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Resolution;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// The writer thread's share of ingest: resolving each extracted document against the file's entity index and writing
/// it, 64 documents a transaction as ingest does, into a new database file on disk. Extraction is done once in setup,
/// so this is what one writer thread can absorb however many threads extract.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
[BenchmarkCategory("Ingest", "Storage")]
public class StoreWriteBenchmarks
{
    private const int BatchSize = 64;

    private IReadOnlyList<DocumentFacts> _facts = [];
    private string _folder = "";
    private string _database = "";

    [GlobalSetup]
    public void Setup()
    {
        var corpus = ArticleCorpus.Load();
        var pipeline = ExtractionPipeline.CreateDefault();
        _facts = corpus.Documents.Select(pipeline.Extract).ToArray();
        _folder = Directory.CreateTempSubdirectory("kg-store-benchmark-").FullName;
        Console.WriteLine($"// Corpus: {corpus.Description}: {corpus.Documents.Count} articles, {corpus.TokenCount} tokens per operation.");
    }

    [IterationSetup]
    public void NewDatabase()
    {
        _database = Path.Combine(_folder, $"{Guid.NewGuid():N}.db");
    }

    [Benchmark]
    public int ResolveAndWrite()
    {
        using var store = KnowledgeGraphStore.Open(_database);
        var builder = new GraphBuilder(store.LoadEntityIndex());
        var written = 0;
        foreach (var batch in _facts.Chunk(BatchSize))
        {
            written += store.Write(batch.Select(builder.Resolve).ToList());
        }

        return written;
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    private sealed class Config() : PerTokenConfig(() => ArticleCorpus.Load().TokenCount);
}
