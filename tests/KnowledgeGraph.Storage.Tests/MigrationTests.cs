using Dapper;
using KnowledgeGraph.Core;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>A file written by an older kg is brought up to date, with everything in it, when a writer opens it.</summary>
public sealed class MigrationTests
{
    [Fact]
    public void A_version_1_file_ends_with_exactly_the_schema_of_a_new_file()
    {
        using var folder = new TempFolder();
        var path = Version1File(folder);

        using var migrated = KnowledgeGraphStore.Open(path);
        using var fresh = KnowledgeGraphStore.OpenInMemory();

        Assert.Equal(Schema(fresh.Connection), Schema(migrated.Connection));
        Assert.Equal(SchemaMigrations.CurrentVersion, migrated.Connection.ExecuteScalar<int>("PRAGMA user_version"));
        Assert.Empty(migrated.Connection.Query("PRAGMA foreign_key_check"));
    }

    [Fact]
    public void Upgrading_keeps_every_key_and_starts_the_votes_with_all_mentions_on_the_stored_kind()
    {
        using var folder = new TempFolder();

        using var store = KnowledgeGraphStore.Open(Version1File(folder));

        Assert.Equal(
            [("ilse varga", 1L), ("port elling", 2L), ("varga", 1L)],
            store.Connection.Query<(string, long)>("SELECT key, entity_id FROM entity_keys ORDER BY key"));
        Assert.Equal(
            [(1L, "person", 3L), (2L, "place", 1L)],
            store.Connection.Query<(long, string, long)>("SELECT entity_id, kind, mentions FROM entity_kind_votes ORDER BY entity_id"));
        Assert.Equal("Ilse Varga", store.LoadEntityIndex().NameOf(1));
    }

    [Fact]
    public void Documents_of_an_older_file_count_as_extracted_by_version_1_so_reprocessing_finds_them()
    {
        using var folder = new TempFolder();
        var path = Version1File(folder);
        using (var connection = RawSqlite.Open(path))
        {
            connection.Execute("INSERT INTO documents (path, title, content_hash, text) VALUES ('a.txt', 'A', 'hash-a', 'Ilse Varga sang.')");
        }

        using var store = KnowledgeGraphStore.Open(path);

        Assert.Equal([1L], store.Connection.Query<long>("SELECT extractor_version FROM documents"));
        Assert.Equal(1, store.CountDocumentsExtractedBefore(2));
        Assert.Equal(0, store.CountDocumentsExtractedBefore(1));
    }

    [Fact]
    public void After_upgrading_a_second_entity_can_register_a_key_the_first_has()
    {
        using var folder = new TempFolder();
        using var store = KnowledgeGraphStore.Open(Version1File(folder));

        store.Write([new DocumentBuilder("e.txt", "Mia Varga sang.")
            .Entity(3, isNew: true, EntityKind.Person, "Mia Varga", "mia varga", "varga")
            .Mention(3, "Mia Varga")
            .Build()]);

        Assert.Equal([1L, 3L], store.LoadEntityIndex().Find("varga"));
    }

    [Fact]
    public void A_reader_refuses_a_version_1_file_and_leaves_it_for_a_writer_to_upgrade()
    {
        using var folder = new TempFolder();
        var path = Version1File(folder);

        var refused = Assert.Throws<InvalidDataException>(() => KnowledgeGraphStore.OpenForReading(path));

        Assert.Contains("older schema version 1", refused.Message);
        using var connection = RawSqlite.Open(path);
        Assert.Equal(1, connection.ExecuteScalar<int>("PRAGMA user_version"));
    }

    /// <summary>A database as kg wrote it at schema version 1: one person with a surname key, one place.</summary>
    private static string Version1File(TempFolder folder)
    {
        var path = folder.File("old.db");
        using var connection = RawSqlite.Open(path);
        connection.Execute(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "schema-version-1.sql")));
        connection.Execute("""
            PRAGMA user_version = 1;
            INSERT INTO entities (id, kind, name, mention_count, document_count)
            VALUES (1, 'person', 'Ilse Varga', 3, 2), (2, 'place', 'Port Elling', 1, 1);
            INSERT INTO entity_keys (key, entity_id) VALUES ('ilse varga', 1), ('varga', 1), ('port elling', 2);
            """);
        return path;
    }

    /// <summary>
    /// Every table with its columns (name, type, NOT NULL, default, key position), foreign keys and options, and every
    /// index and view with its definition. Tables are compared by structure rather than by their CREATE text, because
    /// ALTER TABLE ADD COLUMN appends to that text and a migrated table reads differently from the same table created
    /// whole.
    /// </summary>
    private static IEnumerable<string> Schema(SqliteConnection connection)
    {
        var tables = connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").ToList();
        foreach (var table in tables)
        {
            var columns = connection.Query<string>(
                "SELECT name || ' ' || type || ' notnull=' || \"notnull\" || ' default=' || ifnull(dflt_value, 'none') || ' pk=' || pk " +
                "FROM pragma_table_info(@table) ORDER BY cid",
                new { table });
            var keys = connection.Query<string>(
                "SELECT \"from\" || ' -> ' || \"table\" || '(' || ifnull(\"to\", '') || ') on delete ' || on_delete " +
                "FROM pragma_foreign_key_list(@table) ORDER BY id, seq",
                new { table });
            var withoutRowId = connection.ExecuteScalar<string>("SELECT sql FROM sqlite_master WHERE name = @table", new { table })!
                .Contains("WITHOUT ROWID", StringComparison.OrdinalIgnoreCase);
            yield return $"table {table} (without rowid: {withoutRowId}): {string.Join("; ", columns)} | {string.Join("; ", keys)}";
        }

        foreach (var definition in connection.Query<string>(
            "SELECT type || ' ' || name || ' on ' || tbl_name || ': ' || ifnull(sql, '') FROM sqlite_master WHERE type <> 'table' ORDER BY type, name"))
        {
            yield return definition;
        }
    }
}
