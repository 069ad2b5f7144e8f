using KnowledgeGraph.Cli.Pipeline;
using KnowledgeGraph.Cli.Tests.Support;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// Extraction runs on several threads while one writer resolves and stores in input order, so the number of threads
/// must never show in the database.
/// </summary>
public sealed class ParallelIngestTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    public void Any_number_of_threads_gives_the_database_of_one(int threads)
    {
        using var directory = new TemporaryDirectory();
        string[] inputs = Directory.Exists(RepositoryLayout.Seeds) ? [RepositoryLayout.Samples, RepositoryLayout.Seeds] : [RepositoryLayout.Samples];

        var one = directory.File("one.db");
        var many = directory.File("many.db");
        IngestSummary oneSummary, manySummary;
        using (var store = KnowledgeGraphStore.Open(one))
        {
            oneSummary = IngestService.CreateDefault(threads: 1).Ingest(inputs, store, new SilentProgress());
        }

        var progress = new SilentProgress();
        using (var store = KnowledgeGraphStore.Open(many))
        {
            manySummary = IngestService.CreateDefault(threads).Ingest(inputs, store, progress);
        }

        Assert.True(oneSummary.DocumentsAdded >= 11);
        Assert.Equal(oneSummary.DocumentsAdded, manySummary.DocumentsAdded);
        Assert.Equal(oneSummary.DocumentsAdded, progress.Documents);
        Assert.Equal(DatabaseDump.Of(one), DatabaseDump.Of(many));
    }

    [Fact]
    public void A_second_run_with_threads_finds_everything_stored_and_changes_nothing()
    {
        using var directory = new TemporaryDirectory();
        var database = directory.File("again.db");
        using (var store = KnowledgeGraphStore.Open(database))
        {
            IngestService.CreateDefault(threads: 3).Ingest([RepositoryLayout.Samples], store, new SilentProgress());
        }

        var before = DatabaseDump.Of(database);
        IngestSummary again;
        using (var store = KnowledgeGraphStore.Open(database))
        {
            again = IngestService.CreateDefault(threads: 3).Ingest([RepositoryLayout.Samples], store, new SilentProgress());
        }

        Assert.Equal(0, again.DocumentsAdded);
        Assert.True(again.DocumentsAlreadyStored >= 11);
        Assert.Equal(before, DatabaseDump.Of(database));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task A_file_holding_far_more_articles_than_the_documents_in_flight_is_ingested_whole(int threads)
    {
        using var directory = new TemporaryDirectory();
        var lines = Enumerable.Range(1, 40).Select(i => $"{{\"title\": \"Ferry {i}\", \"text\": \"The ferry number {i} from Bergen to Oslo left on time, the harbour master Ingrid Solberg said.\"}}");
        File.WriteAllLines(directory.File("feed.jsonl"), lines);

        // Run apart with a deadline: a feed that waits on its own writer would otherwise stall the whole test run.
        using var store = KnowledgeGraphStore.Open(directory.File("feed.db"));
        var ingest = Task.Run(() => IngestService.CreateDefault(threads).Ingest([directory.File("feed.jsonl")], store, new SilentProgress()));

        var summary = await ingest.WaitAsync(TimeSpan.FromMinutes(2));
        Assert.Equal(40, summary.DocumentsAdded);
    }
}
