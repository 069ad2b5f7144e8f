using Dapper;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Tests;

public sealed class SchemaTests
{
    private static readonly string[] ContractTables =
    [
        "aliases", "documents", "entities", "entity_keys", "entity_kind_votes", "event_participants", "events", "evidence", "mentions",
        "quotes", "relations", "sentences", "undated_event_reports",
    ];

    private static readonly string[] ContractViews = ["evidence_view", "mention_view", "relation_view"];

    [Fact]
    public void New_database_has_every_contract_table_and_view()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();

        var tables = store.Connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
        var views = store.Connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name");

        Assert.Equal(ContractTables, tables);
        Assert.Equal(ContractViews, views);
    }

    [Theory]
    [InlineData("documents", "id,path,title,source,url,published,byline,dateline,content_hash,text,extractor_version,reference_date,inferred_date")]
    [InlineData("entities", "id,kind,name,mention_count,document_count")]
    [InlineData("undated_event_reports", "document_id,event_id,offsets")]
    [InlineData("entity_keys", "key,entity_id")]
    [InlineData("entity_kind_votes", "entity_id,kind,mentions")]
    [InlineData("aliases", "entity_id,alias,count")]
    [InlineData("mentions", "id,entity_id,document_id,sentence,start,end,text")]
    [InlineData("relations", "id,source_id,target_id,kind,label,weight,document_count")]
    [InlineData("evidence", "relation_id,document_id,start,end")]
    [InlineData("events", "entity_id,event_type,date,date_precision,place_id,date_basis")]
    [InlineData("event_participants", "event_id,entity_id,role")]
    [InlineData("quotes", "id,speaker_id,document_id,start,end,text")]
    [InlineData("relation_view", "id,source_id,source_name,source_kind,target_id,target_name,target_kind,kind,label,weight,document_count")]
    [InlineData("mention_view", "id,entity_id,entity_name,entity_kind,document_id,document_path,document_title,sentence,start,end,text")]
    [InlineData("evidence_view", "relation_id,source_name,target_name,kind,label,document_id,document_path,start,end,text")]
    public void Contract_columns_are_in_place(string table, string columns)
    {
        using var store = KnowledgeGraphStore.OpenInMemory();

        var actual = store.Connection.Query<string>($"SELECT name FROM pragma_table_info('{table}') ORDER BY cid");

        Assert.Equal(columns.Split(','), actual);
    }

    [Fact]
    public void New_database_is_at_the_current_schema_version_with_foreign_keys_on()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();

        Assert.Equal(SchemaMigrations.CurrentVersion, store.Connection.ExecuteScalar<int>("PRAGMA user_version"));
        Assert.Equal(3, SchemaMigrations.CurrentVersion);
        Assert.Equal(1, store.Connection.ExecuteScalar<int>("PRAGMA foreign_keys"));
    }

    [Fact]
    public void File_database_uses_wal_and_is_created_with_its_folders()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "deeper", "still", "graph.db");

        using var store = KnowledgeGraphStore.Open(path);

        Assert.True(File.Exists(path));
        Assert.Equal("wal", store.Connection.ExecuteScalar<string>("PRAGMA journal_mode"));
        Assert.Equal(1, store.Connection.ExecuteScalar<int>("PRAGMA synchronous")); // NORMAL
        Assert.True(store.Connection.ExecuteScalar<int>("PRAGMA busy_timeout") > 0);
    }

    [Fact]
    public void Reopening_keeps_the_data_and_does_not_migrate_again()
    {
        using var temp = new TempFolder();
        var path = temp.File("graph.db");
        using (var store = KnowledgeGraphStore.Open(path))
        {
            store.Write([SampleNews.Bridge()]);
        }

        // A second run of the schema script would fail on CREATE TABLE; the schema must be exactly as it was.
        string SchemaText(KnowledgeGraphStore s) =>
            string.Join('\n', s.Connection.Query<string>("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"));
        string before;
        using (var store = KnowledgeGraphStore.Open(path))
        {
            before = SchemaText(store);
            Assert.Equal(1, store.GetStatistics().Documents);
        }

        using var reopened = KnowledgeGraphStore.Open(path);
        Assert.Equal(before, SchemaText(reopened));
        Assert.Equal(SchemaMigrations.CurrentVersion, reopened.Connection.ExecuteScalar<int>("PRAGMA user_version"));
        Assert.Equal(1, reopened.GetStatistics().Documents);
    }

    [Fact]
    public void File_from_a_newer_kg_is_refused_and_left_untouched()
    {
        using var temp = new TempFolder();
        var path = temp.File("future.db");
        using (KnowledgeGraphStore.Open(path))
        {
        }

        SetUserVersion(path, SchemaMigrations.CurrentVersion + 1);

        var error = Assert.Throws<InvalidDataException>(() => KnowledgeGraphStore.Open(path));
        Assert.Contains($"schema version {SchemaMigrations.CurrentVersion + 1}", error.Message);
        Assert.Contains("newer kg", error.Message);
        Assert.Equal(SchemaMigrations.CurrentVersion + 1, ReadUserVersion(path));
    }

    [Fact]
    public void File_that_is_not_sqlite_is_refused()
    {
        using var temp = new TempFolder();
        var path = temp.File("notes.db");
        File.WriteAllText(path, "These are my notes, not a database. They are long enough to fill a SQLite header, and more.");

        var error = Assert.Throws<InvalidDataException>(() => KnowledgeGraphStore.Open(path));
        Assert.Contains("not a SQLite database", error.Message);
    }

    [Fact]
    public void Someone_elses_sqlite_database_is_refused()
    {
        using var temp = new TempFolder();
        var path = temp.File("other.db");
        using (var connection = RawSqlite.Open(path))
        {
            connection.Execute("CREATE TABLE recipes (name TEXT)");
        }

        var error = Assert.Throws<InvalidDataException>(() => KnowledgeGraphStore.Open(path));
        Assert.Contains("did not create", error.Message);
    }

    [Fact]
    public void Foreign_keys_are_enforced()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([SampleNews.Bridge()]);

        var error = Assert.Throws<SqliteException>(() => store.Connection.Execute(
            "INSERT INTO mentions (entity_id, document_id, sentence, start, \"end\", text) VALUES (999, 1, 0, 0, 5, 'Mayor')"));

        Assert.Equal(SQLitePCL.raw.SQLITE_CONSTRAINT, error.SqliteErrorCode);
        Assert.Contains("FOREIGN KEY", error.Message);
    }

    [Fact]
    public void Deleting_a_document_takes_its_facts_with_it()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([SampleNews.Bridge(), SampleNews.School()]);

        store.Connection.Execute("DELETE FROM documents WHERE path = 'news/bridge.txt'");

        Assert.Equal(0, store.Connection.ExecuteScalar<int>("SELECT count(*) FROM mentions WHERE document_id = 1"));
        Assert.Equal(0, store.Connection.ExecuteScalar<int>("SELECT count(*) FROM evidence WHERE document_id = 1"));
        Assert.Equal(0, store.Connection.ExecuteScalar<int>("SELECT count(*) FROM sentences WHERE document_id = 1"));
        Assert.True(store.Connection.ExecuteScalar<int>("SELECT count(*) FROM mentions WHERE document_id = 2") > 0);
    }

    [Fact]
    public void Entity_kind_is_checked()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();

        Assert.Throws<SqliteException>(() => store.Connection.Execute(
            "INSERT INTO entities (id, kind, name, mention_count, document_count) VALUES (1, 'vegetable', 'Leek', 1, 1)"));
    }

    [Fact]
    public void Relation_identity_treats_missing_labels_as_equal()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([SampleNews.Bridge()]);

        // The row (1, 2, co_mention, NULL) exists already; a plain UNIQUE constraint would let this duplicate in.
        Assert.Throws<SqliteException>(() => store.Connection.Execute(
            "INSERT INTO relations (source_id, target_id, kind, label, weight, document_count) VALUES (1, 2, 'co_mention', NULL, 1, 1)"));
    }

    private static void SetUserVersion(string path, int version)
    {
        using var connection = RawSqlite.Open(path);
        connection.Execute($"PRAGMA user_version = {version}");
    }

    private static int ReadUserVersion(string path)
    {
        using var connection = RawSqlite.Open(path);
        return connection.ExecuteScalar<int>("PRAGMA user_version");
    }
}
