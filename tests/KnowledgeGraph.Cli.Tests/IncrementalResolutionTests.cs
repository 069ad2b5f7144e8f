using Dapper;
using KnowledgeGraph.Cli.Tests.Support;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Extraction.Resolution;
using KnowledgeGraph.Extraction.Tests.Resolution;
using KnowledgeGraph.Storage;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// The cross-document rules (kinds by vote, names that grow more complete, surnames shared by two people) depend on
/// what earlier articles left behind, so they must leave the same database whether the articles come in one run, in
/// batches of one, or one run each, where all of it is read back from the file. Hand-made facts keep the tagger out.
/// </summary>
public sealed class IncrementalResolutionTests
{
    private static readonly DocumentFacts[] Articles =
    [
        new HandMadeArticle("marco", "Marco Rubio toured Calder Shipping in Varna. Rubio praised the docks.")
            .Entity(EntityKind.Person, "Marco Rubio", "Rubio").Entity(EntityKind.Organization, "Calder Shipping").Entity(EntityKind.Place, "Varna").Build(),
        new HandMadeArticle("launch-a", "Vestfjord Launch hired pilots in Varna.")
            .Entity(EntityKind.Person, "Vestfjord Launch").Entity(EntityKind.Place, "Varna").Build(),
        new HandMadeArticle("jane", "Jane Rubio conducted the Ostrava Youth Choir in Varna. Rubio bowed.")
            .Entity(EntityKind.Person, "Jane Rubio", "Rubio").Entity(EntityKind.Organization, "Ostrava Youth Choir").Entity(EntityKind.Place, "Varna").Build(),
        new HandMadeArticle("fuente-a", "Ramón de la Fuente met reporters in Lima. Later de la Fuente declined to comment.")
            .Entity(EntityKind.Person, "Ramón de la Fuente", "de la Fuente").Entity(EntityKind.Place, "Lima").Build(),
        new HandMadeArticle("launch-b", "Vestfjord Launch was delayed by wind.").Entity(EntityKind.Event, "Vestfjord Launch").Build(),
        new HandMadeArticle("choir", "Rubio thanked the Ostrava Youth Choir.")
            .Entity(EntityKind.Person, "Rubio").Entity(EntityKind.Organization, "Ostrava Youth Choir").Build(),
        new HandMadeArticle("fuente-b", "Juan Ramón de la Fuente spoke first. De la Fuente then left for Lima.")
            .Entity(EntityKind.Person, "Juan Ramón de la Fuente", "De la Fuente").Entity(EntityKind.Place, "Lima").Build(),
        new HandMadeArticle("launch-c", "Vestfjord Launch may fly in May.").Entity(EntityKind.Event, "Vestfjord Launch").Build(),
        new HandMadeArticle("launch-d", "Crowds watched Vestfjord Launch from Varna.")
            .Entity(EntityKind.Event, "Vestfjord Launch").Entity(EntityKind.Place, "Varna").Build(),
        new HandMadeArticle("docks", "Rubio returned to Calder Shipping.")
            .Entity(EntityKind.Person, "Rubio").Entity(EntityKind.Organization, "Calder Shipping").Build(),
        new HandMadeArticle("lisbon", "Rubio spoke in Lisbon.").Entity(EntityKind.Person, "Rubio").Entity(EntityKind.Place, "Lisbon").Build(),
    ];

    /// <summary>Resolves and writes <paramref name="articles"/> in one run, <paramref name="batchSize"/> documents a transaction.</summary>
    private static void Ingest(string database, IEnumerable<DocumentFacts> articles, int batchSize)
    {
        using var store = KnowledgeGraphStore.Open(database);
        var builder = new GraphBuilder(store.LoadEntityIndex());

        // Chunk is lazy, so each batch is resolved only after the one before it is written, as IngestService does.
        foreach (var batch in articles.Select(builder.Resolve).Chunk(batchSize))
        {
            store.Write(batch);
        }
    }

    [Fact]
    public void One_run_batches_of_one_and_one_run_per_article_give_the_same_database()
    {
        using var directory = new TemporaryDirectory();
        var atOnce = directory.File("at-once.db");
        var batchesOfOne = directory.File("batches-of-one.db");
        var runPerArticle = directory.File("run-per-article.db");

        Ingest(atOnce, Articles, batchSize: 64);
        Ingest(batchesOfOne, Articles, batchSize: 1);
        foreach (var article in Articles)
        {
            Ingest(runPerArticle, [article], batchSize: 1);
        }

        Assert.Equal(DatabaseDump.Of(atOnce), DatabaseDump.Of(batchesOfOne));
        Assert.Equal(DatabaseDump.Of(atOnce), DatabaseDump.Of(runPerArticle));
    }

    [Fact]
    public void Article_by_article_the_rules_hold_in_the_file()
    {
        using var directory = new TemporaryDirectory();
        var database = directory.File("graph.db");
        foreach (var article in Articles)
        {
            Ingest(database, [article], batchSize: 1);
        }

        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();

        // One article read the launch as a person, three as an event.
        Assert.Equal("event", connection.ExecuteScalar<string>("SELECT kind FROM entities WHERE name = 'Vestfjord Launch'"));

        // The entity first stored as "Ramón de la Fuente" now has the fuller name.
        Assert.Equal(
            ["Juan Ramón de la Fuente"],
            connection.Query<string>("SELECT name FROM entities WHERE name LIKE '%de la Fuente' ORDER BY id"));

        // Each lone "Rubio" joins the Rubio its company points to, or the one that had the surname first.
        Assert.Equal(
            [("choir.txt", "Jane Rubio"), ("docks.txt", "Marco Rubio"), ("lisbon.txt", "Marco Rubio")],
            connection.Query<(string, string)>("""
                SELECT document_path, entity_name FROM mention_view
                WHERE text = 'Rubio' AND document_path IN ('choir.txt', 'docks.txt', 'lisbon.txt') ORDER BY document_path
                """));
    }
}
