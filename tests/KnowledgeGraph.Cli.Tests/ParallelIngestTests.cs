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
}
