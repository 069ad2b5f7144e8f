using KnowledgeGraph.Cli.Pipeline;
using KnowledgeGraph.Cli.Tests.Support;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Cleaning;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Ingest;
using KnowledgeGraph.Extraction.Resolution;
using KnowledgeGraph.Extraction.Tagging;
using KnowledgeGraph.Storage;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// <c>kg ingest --reprocess</c>: documents extracted by an older extraction get the current one's facts, and the result is
/// exactly the database a clean ingest with the current extraction gives.
/// </summary>
public sealed class ReprocessTests
{
    [Fact]
    public void Reprocessing_an_older_extraction_gives_the_database_of_a_clean_ingest()
    {
        using var directory = new TemporaryDirectory();
        var clean = directory.File("clean.db");
        using (var store = KnowledgeGraphStore.Open(clean))
        {
            IngestService.CreateDefault().Ingest([RepositoryLayout.Samples], store, new SilentProgress());
        }

        var upgraded = directory.File("upgraded.db");
        using (var store = KnowledgeGraphStore.Open(upgraded))
        {
            OlderExtraction().Ingest([RepositoryLayout.Samples], store, new SilentProgress());
        }

        Assert.NotEqual(DatabaseDump.Of(clean), DatabaseDump.Of(upgraded));

        var progress = new SilentProgress();
        int reprocessed;
        using (var store = KnowledgeGraphStore.Open(upgraded))
        {
            var documents = store.GetStatistics().Documents;
            (reprocessed, var problems) = IngestService.CreateDefault().Reprocess(store, progress);
            Assert.Empty(problems);
            Assert.Equal(documents, reprocessed);
        }

        Assert.Equal(reprocessed, progress.Reprocessed);
        Assert.Equal(DatabaseDump.Of(clean), DatabaseDump.Of(upgraded));
    }

    [Fact]
    public void Reprocessing_a_current_database_changes_nothing()
    {
        using var directory = new TemporaryDirectory();
        var database = directory.File("current.db");
        using (var store = KnowledgeGraphStore.Open(database))
        {
            IngestService.CreateDefault().Ingest([RepositoryLayout.Samples], store, new SilentProgress());
        }

        var before = DatabaseDump.Of(database);
        var progress = new SilentProgress();
        using (var store = KnowledgeGraphStore.Open(database))
        {
            Assert.Equal(0, IngestService.CreateDefault().Reprocess(store, progress).Reprocessed);
        }

        Assert.Empty(progress.Reprocessings);
        Assert.Equal(before, DatabaseDump.Of(database));
    }

    [Fact]
    public void Ingest_without_reprocess_reports_the_outdated_documents_and_keeps_their_facts()
    {
        using var directory = new TemporaryDirectory();
        var database = directory.File("mixed.db");
        var files = ArticleSource.ExpandPaths([RepositoryLayout.Samples], new List<ReadProblem>());
        using (var store = KnowledgeGraphStore.Open(database))
        {
            OlderExtraction().Ingest(files.Take(2), store, new SilentProgress());
        }

        IngestSummary summary;
        using (var store = KnowledgeGraphStore.Open(database))
        {
            summary = IngestService.CreateDefault().Ingest(files.Skip(2), store, new SilentProgress());
        }

        Assert.Equal(2, summary.OutdatedDocuments);
        Assert.Equal([1L, 1L], VersionsOfFirst(database, 2));
    }

    [Fact]
    public void A_failure_during_reprocessing_leaves_the_old_graph_whole()
    {
        using var directory = new TemporaryDirectory();
        var database = directory.File("old.db");
        using (var store = KnowledgeGraphStore.Open(database))
        {
            OlderExtraction().Ingest([RepositoryLayout.Samples], store, new SilentProgress());
        }

        var before = DatabaseDump.Of(database);
        using (var store = KnowledgeGraphStore.Open(database))
        {
            var calls = 0;

            // Stands for the process dying half-way: the transaction never commits.
            Assert.Throws<IOException>(() => store.ReplaceAllFacts(
                ExtractionPipeline.CurrentVersion,
                document => ++calls < 3 ? null : throw new IOException("disk gone")));
        }

        Assert.Equal(before, DatabaseDump.Of(database));
    }

    /// <summary>
    /// An extraction that finds different facts (capitalised spans only, no trained model) and stamps them version 1,
    /// standing for what an older kg stored.
    /// </summary>
    private static IngestService OlderExtraction() =>
        new(new ArticleCleaner(), new ExtractionPipeline(new CapitalizedSpanTagger(Gazetteer.Default), new MentionResolver(Gazetteer.Default), version: 1));

    private static List<long> VersionsOfFirst(string database, int count)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT extractor_version FROM documents ORDER BY id LIMIT {count}";
        using var reader = command.ExecuteReader();
        var versions = new List<long>();
        while (reader.Read())
        {
            versions.Add(reader.GetInt64(0));
        }

        return versions;
    }
}
