using KnowledgeGraph.Cli.Pipeline;
using KnowledgeGraph.Cli.Tests.Support;
using KnowledgeGraph.Storage;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Cli.Tests.Resolution;

/// <summary>The sample articles in <c>samples/</c> (part of the repository) ingested once into a database file.</summary>
public sealed class SampleDatabaseFixture : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public SampleDatabaseFixture()
    {
        DatabasePath = _directory.File("samples.db");
        using var store = KnowledgeGraphStore.Open(DatabasePath);
        Summary = IngestService.CreateDefault().Ingest([RepositoryLayout.Samples], store, new SilentProgress());
    }

    public string DatabasePath { get; }

    internal IngestSummary Summary { get; }

    public SqliteConnection OpenReadOnly()
    {
        var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }

    public void Dispose() => _directory.Dispose();
}
