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

        OneRunAndOneRunPerFileAgree(directory, files);
    }

    [Fact]
    public void Undated_articles_dated_from_later_ones_give_the_same_database_one_file_per_run()
    {
        using var directory = new TemporaryDirectory();
        var articles = Path.Combine(directory.Path, "harbour");
        Directory.CreateDirectory(articles);

        // Sorted first, so that one run per file meets the undated reports before the dated one that fixes their day.
        File.WriteAllText(Path.Combine(articles, "a-undated.txt"), "Dock strike talks\n\nPort minister Ana Ruiz met union leader Tomas Berg in Lisbon on Wednesday. A day earlier, dockworkers blocked the ferry terminal.\n");
        File.WriteAllText(Path.Combine(articles, "b-dated.txt"), "Strike ends\n\nLISBON, March 12, 2025 — Port minister Ana Ruiz met union leader Tomas Berg in Lisbon on Wednesday and the two agreed to end the dock strike.\n");
        File.WriteAllText(Path.Combine(articles, "c-undated.txt"), "Berg heads north\n\nTomas Berg will visit Porto on Friday, two days after he met Ana Ruiz in Lisbon on Wednesday.\n");
        var files = ArticleSource.ExpandPaths([articles], new List<ReadProblem>());

        var dump = OneRunAndOneRunPerFileAgree(directory, files);

        Assert.Contains("|2025-03-12", dump, StringComparison.Ordinal);
        Assert.Contains("inferred", dump, StringComparison.Ordinal);
    }

    /// <summary>Ingests <paramref name="files"/> in one run and in one run per file; returns the dump both give.</summary>
    private static string OneRunAndOneRunPerFileAgree(TemporaryDirectory directory, IReadOnlyList<string> files)
    {
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

        var dump = DatabaseDump.Of(atOnce);
        Assert.Equal(dump, DatabaseDump.Of(oneByOne));
        return dump;
    }
}
