using KnowledgeGraph.Cli.Pipeline;
using KnowledgeGraph.Cli.Tests.Support;
using KnowledgeGraph.Extraction.Ingest;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// Ingesting article by article, each run resolving against the entity index stored by the runs before it, must give
/// the same database as ingesting everything at once in the same order.
/// </summary>
public sealed class IncrementalIngestTests
{
    [Fact]
    public void One_file_per_run_gives_the_same_database_as_one_run()
    {
        using var directory = new TemporaryDirectory();
        var files = ArticleSource.ExpandPaths([RepositoryLayout.Samples], new List<ReadProblem>());
        Assert.True(files.Count >= 8);

        var atOnce = directory.File("at-once.db");
        using (var store = KnowledgeGraphStore.Open(atOnce))
        {
            IngestService.CreateDefault().Ingest(files, store, new SilentProgress());
        }

        var oneByOne = directory.File("one-by-one.db");
        foreach (var file in files)
        {
            using var store = KnowledgeGraphStore.Open(oneByOne);
            IngestService.CreateDefault().Ingest([file], store, new SilentProgress());
        }

        Assert.Equal(DatabaseDump.Of(atOnce), DatabaseDump.Of(oneByOne));
    }
}
