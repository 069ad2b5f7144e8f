using Dapper;
using KnowledgeGraph.Core.Facts;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>
/// What schema version 3 adds to a file written at version 1: the dates its events already had count as stated by the
/// text, its documents count as extracted by version 1 with no day of writing known or inferred, and there are no
/// undated reports yet.
/// </summary>
public sealed class Version3MigrationTests
{
    [Fact]
    public void Dated_events_count_as_stated_by_the_text_and_undated_ones_have_no_basis()
    {
        using var folder = new TempFolder();
        using var store = KnowledgeGraphStore.Open(Version1FileWithEvents(folder));

        Assert.Equal(
            [(10L, "2031-04-08", "day", "text"), (11L, null, null, null), (12L, "2031-04", "month", "text")],
            store.Connection.Query<(long, string?, string?, string?)>("SELECT entity_id, date, date_precision, date_basis FROM events ORDER BY entity_id"));
    }

    [Fact]
    public void What_the_events_were_is_kept()
    {
        using var folder = new TempFolder();
        using var store = KnowledgeGraphStore.Open(Version1FileWithEvents(folder));

        Assert.Equal(
            [(10L, "agreement", 3L), (11L, "protest", 3L), (12L, "meeting", null)],
            store.Connection.Query<(long, string, long?)>("SELECT entity_id, event_type, place_id FROM events ORDER BY entity_id"));
        Assert.Equal(
            [(10L, 1L, "participant"), (10L, 2L, "participant"), (11L, 2L, "agent"), (12L, 1L, "host"), (12L, 2L, "guest")],
            store.Connection.Query<(long, long, string)>("SELECT event_id, entity_id, role FROM event_participants ORDER BY event_id, entity_id"));
        Assert.Equal(["The deal is done"], store.Connection.Query<string>("SELECT text FROM quotes"));
    }

    [Fact]
    public void Documents_count_as_extracted_by_version_1_with_no_day_of_writing_known_or_inferred()
    {
        using var folder = new TempFolder();
        using var store = KnowledgeGraphStore.Open(Version1FileWithEvents(folder));

        Assert.Equal(
            [(1L, "2031-04-09", 1L, null, null), (2L, null, 1L, null, null)],
            store.Connection.Query<(long, string?, long, string?, string?)>(
                "SELECT id, published, extractor_version, reference_date, inferred_date FROM documents ORDER BY id"));
    }

    [Fact]
    public void The_undated_reports_table_exists_and_is_empty()
    {
        using var folder = new TempFolder();
        using var store = KnowledgeGraphStore.Open(Version1FileWithEvents(folder));

        Assert.Equal(
            ["document_id", "event_id", "offsets"],
            store.Connection.Query<string>("SELECT name FROM pragma_table_info('undated_event_reports') ORDER BY cid"));
        Assert.Equal(0, store.Connection.ExecuteScalar<int>("SELECT count(*) FROM undated_event_reports"));
        Assert.Empty(store.Connection.Query("PRAGMA foreign_key_check"));
    }

    [Fact]
    public void The_upgraded_events_load_into_the_index_with_their_dates()
    {
        using var folder = new TempFolder();
        using var store = KnowledgeGraphStore.Open(Version1FileWithEvents(folder));

        var index = store.LoadEntityIndex();

        Assert.Equal(new FactDate(new DateOnly(2031, 4, 8), DatePrecision.Day), index.EventOf(10)?.Date);
        Assert.Null(index.EventOf(11)?.Date);
        Assert.Equal(new FactDate(new DateOnly(2031, 4, 1), DatePrecision.Month), index.EventOf(12)?.Date);
        Assert.Equal(new HashSet<long> { 1, 2 }, index.EventOf(12)?.Participants.ToHashSet());
    }

    [Fact]
    public void Dating_undated_articles_in_an_upgraded_file_changes_nothing()
    {
        using var folder = new TempFolder();
        using var store = KnowledgeGraphStore.Open(Version1FileWithEvents(folder));
        var before = TableDump.Of(store);

        Assert.Equal(0, store.DateUndatedArticles());
        Assert.Equal(before, TableDump.Of(store));
    }

    [Fact]
    public void Reopening_an_upgraded_file_changes_nothing()
    {
        using var folder = new TempFolder();
        var path = Version1FileWithEvents(folder);
        string once;
        using (var store = KnowledgeGraphStore.Open(path))
        {
            once = TableDump.Of(store);
        }

        using var reopened = KnowledgeGraphStore.Open(path);

        Assert.Equal(once, TableDump.Of(reopened));
    }

    /// <summary>
    /// A database as kg wrote it at schema version 1, with two articles (one published), two people, a place, three
    /// events (dated to the day, undated, dated to the month), their participants and a quote.
    /// </summary>
    private static string Version1FileWithEvents(TempFolder folder)
    {
        var path = folder.File("events-v1.db");
        using var connection = RawSqlite.Open(path);
        connection.Execute(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "schema-version-1.sql")));
        connection.Execute("""
            PRAGMA user_version = 1;
            INSERT INTO documents (id, path, title, published, content_hash, text)
            VALUES (1, 'a.txt', 'Deal signed', '2031-04-09', 'hash-a', 'Ilse Varga and Tomas Brandt signed the deal. Varga said "The deal is done".'),
                   (2, 'b.txt', 'Strike', NULL, 'hash-b', 'Tomas Brandt led a strike in Port Elling.');
            INSERT INTO entities (id, kind, name, mention_count, document_count)
            VALUES (1, 'person', 'Ilse Varga', 2, 1), (2, 'person', 'Tomas Brandt', 2, 2), (3, 'place', 'Port Elling', 1, 1),
                   (10, 'event', 'Signing of the deal', 1, 1), (11, 'event', 'Strike in Port Elling', 1, 1),
                   (12, 'event', 'Meeting of Ilse Varga and Tomas Brandt', 0, 0);
            INSERT INTO mentions (entity_id, document_id, sentence, start, "end", text)
            VALUES (1, 1, 0, 0, 10, 'Ilse Varga'), (2, 1, 0, 15, 27, 'Tomas Brandt'), (10, 1, 0, 28, 34, 'signed'),
                   (2, 2, 0, 0, 12, 'Tomas Brandt'), (11, 2, 0, 19, 25, 'strike'), (3, 2, 0, 29, 40, 'Port Elling');
            INSERT INTO events (entity_id, event_type, date, date_precision, place_id)
            VALUES (10, 'agreement', '2031-04-08', 'day', 3), (11, 'protest', NULL, NULL, 3), (12, 'meeting', '2031-04', 'month', NULL);
            INSERT INTO event_participants (event_id, entity_id, role)
            VALUES (10, 1, 'participant'), (10, 2, 'participant'), (11, 2, 'agent'), (12, 1, 'host'), (12, 2, 'guest');
            INSERT INTO quotes (speaker_id, document_id, start, "end", text) VALUES (1, 1, 57, 73, 'The deal is done');
            """);
        return path;
    }
}
