using KnowledgeGraph.Cli.Pipeline;
using KnowledgeGraph.Cli.Tests.Support;
using KnowledgeGraph.Export;
using KnowledgeGraph.Storage;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>The five seed articles ingested once into a database file, with its GraphML and DOT exports beside it.</summary>
public sealed class SeedDatabaseFixture : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public SeedDatabaseFixture()
    {
        if (!Directory.Exists(RepositoryLayout.Seeds))
        {
            return; // the tests using this fixture are skipped (or fail on CI) with their own message
        }

        DatabasePath = _directory.File("seeds.db");
        using var store = KnowledgeGraphStore.Open(DatabasePath);
        Summary = IngestService.CreateDefault().Ingest([RepositoryLayout.Seeds], store, new SilentProgress());
        var graph = store.LoadGraph();
        GraphMLPath = _directory.File("seeds.graphml");
        DotPath = _directory.File("seeds.dot");
        using (var file = File.Create(GraphMLPath))
        {
            new GraphMLExporter().Write(graph, file);
        }

        using (var file = File.Create(DotPath))
        {
            new DotExporter().Write(graph, file);
        }
    }

    public string DatabasePath { get; } = string.Empty;

    public string GraphMLPath { get; } = string.Empty;

    public string DotPath { get; } = string.Empty;

    internal IngestSummary? Summary { get; }

    public SqliteConnection OpenReadOnly()
    {
        var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }

    public void Dispose() => _directory.Dispose();
}
