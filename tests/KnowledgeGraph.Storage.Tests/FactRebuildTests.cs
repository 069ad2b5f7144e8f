using Dapper;
using KnowledgeGraph.Core.Documents;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Core.Resolution;
using static KnowledgeGraph.Storage.Tests.EventNews;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>
/// ReplaceAllFacts: every fact goes and is made afresh from the stored documents, in id order and in one transaction,
/// so that the file ends as one clean ingest of the new facts would leave it, or, when anything fails, as it was.
/// </summary>
public sealed class FactRebuildTests
{
    private static readonly DateOnly Wednesday = new(2031, 4, 9);

    private static readonly string[] DerivedTables =
    [
        "aliases", "entities", "entity_keys", "entity_kind_votes", "event_participants", "events", "evidence", "mentions", "quotes",
        "relations", "sentences", "undated_event_reports",
    ];

    [Fact]
    public void Every_derived_table_is_emptied_and_only_the_new_facts_are_in_it()
    {
        using var store = StoreWithArticles(version: 1);
        Assert.All(DerivedTables, table => Assert.NotEqual(0, Count(store, table)));

        var outcome = store.ReplaceAllFacts(2, document => Bare(document, version: 2));

        Assert.Equal(3, outcome.Rederived);
        Assert.Empty(outcome.Failed);
        Assert.All(DerivedTables.Where(t => t != "sentences"), table => Assert.Equal(0, Count(store, table)));
        Assert.Equal(
            Articles(1).Sum(a => a.Facts.Sentences.Count),
            Count(store, "sentences"));
    }

    [Fact]
    public void Documents_keep_their_ids_and_rows_and_take_the_new_extractor_version()
    {
        using var store = StoreWithArticles(version: 1);
        const string DocumentColumnsSql = "SELECT id, path, title, source, url, published, byline, dateline, content_hash, text FROM documents ORDER BY id";
        var before = store.Connection.Query(DocumentColumnsSql).Select(row => (string)row.ToString()).ToList();

        store.ReplaceAllFacts(2, RederiveFrom(Articles(2)));

        Assert.Equal(before, store.Connection.Query(DocumentColumnsSql).Select(row => (string)row.ToString()).ToList());
        Assert.Equal([2L, 2L, 2L], store.Connection.Query<long>("SELECT extractor_version FROM documents ORDER BY id"));
        Assert.Equal(0, store.CountDocumentsExtractedBefore(2));
    }

    [Fact]
    public void Rebuilding_and_dating_gives_the_file_a_clean_ingest_and_dating_gives()
    {
        using var rebuilt = StoreWithArticles(version: 1);
        rebuilt.ReplaceAllFacts(2, RederiveFrom(Articles(2)));
        rebuilt.DateUndatedArticles();

        using var clean = KnowledgeGraphStore.OpenInMemory();
        clean.Write(Articles(2));
        clean.DateUndatedArticles();

        Assert.Equal(TableDump.Of(clean), TableDump.Of(rebuilt));
    }

    [Fact]
    public void Rebuilding_from_facts_that_differ_gives_the_file_a_clean_ingest_of_them_gives()
    {
        using var rebuilt = KnowledgeGraphStore.OpenInMemory();
        rebuilt.Write(Articles(1).Select(a => Bare(a.Facts.Document, version: 1)).ToList());

        rebuilt.ReplaceAllFacts(2, RederiveFrom(Articles(2)));
        rebuilt.DateUndatedArticles();

        using var clean = KnowledgeGraphStore.OpenInMemory();
        clean.Write(Articles(2));
        clean.DateUndatedArticles();
        Assert.Equal(TableDump.Of(clean), TableDump.Of(rebuilt));
    }

    [Fact]
    public void Rebuilding_leaves_no_day_of_writing_inferred_from_the_replaced_facts()
    {
        using var rebuilt = StoreWithArticles(version: 1);
        Assert.NotNull(rebuilt.Connection.ExecuteScalar<string?>("SELECT inferred_date FROM documents WHERE path = @path", new { path = PathOf("Elling Radio") }));

        rebuilt.ReplaceAllFacts(2, RederiveFrom(Articles(2)));

        using var clean = KnowledgeGraphStore.OpenInMemory();
        clean.Write(Articles(2));
        Assert.Equal(0, rebuilt.Connection.ExecuteScalar<int>("SELECT count(*) FROM documents WHERE inferred_date IS NOT NULL"));
        Assert.Equal(TableDump.Of(clean), TableDump.Of(rebuilt));
    }

    [Fact]
    public void The_reference_date_and_undated_reports_follow_the_new_facts()
    {
        using var store = StoreWithArticles(version: 1);
        var radio = PathOf("Elling Radio");
        var gazette = PathOf("The Harbour Gazette");

        // The new extraction finds a date in the radio report, and none in the gazette's but a "three days ago".
        var rederived = Articles(2).Select(a =>
            a.Facts.Document.Path == radio ? a with { Facts = a.Facts with { ReferenceDate = new DateOnly(2031, 4, 10) } }
            : a.Facts.Document.Path == gazette
                ? a with { Facts = a.Facts with { ReferenceDate = null }, Events = [a.Events[0] with { Floating = FloatingDates.DaysBefore(3) }] }
            : a).ToList();
        store.ReplaceAllFacts(2, RederiveFrom(rederived));

        Assert.Equal(
            [("news/cast.txt", null), (gazette, null), (radio, "2031-04-10")],
            store.Connection.Query<(string, string?)>("SELECT path, reference_date FROM documents ORDER BY id"));
        Assert.Equal(
            [(gazette, Signing, "-3,-3,-3,-3,-3,-3,-3")],
            store.Connection.Query<(string, long, string)>(
                "SELECT d.path, u.event_id, u.offsets FROM undated_event_reports u JOIN documents d ON d.id = u.document_id"));
    }

    [Fact]
    public void Rederive_sees_every_stored_document_in_id_order_and_progress_counts_them()
    {
        using var store = StoreWithArticles(version: 1);
        var seen = new List<Document>();
        var done = new List<int>();

        store.ReplaceAllFacts(
            2,
            document =>
            {
                seen.Add(document);
                return Bare(document, version: 2);
            },
            done.Add);

        Assert.Equal(Articles(1).Select(a => a.Facts.Document), seen);
        Assert.Equal([1, 2, 3], done);
    }

    [Fact]
    public void A_document_extraction_fails_on_keeps_its_old_version_and_no_facts()
    {
        using var store = StoreWithArticles(version: 1);
        var radio = PathOf("Elling Radio");
        var rederive = RederiveFrom(Articles(2));

        var outcome = store.ReplaceAllFacts(2, document => document.Path == radio ? null : rederive(document));

        Assert.Equal(2, outcome.Rederived);
        Assert.Equal([radio], outcome.Failed);
        Assert.Equal(
            [("news/cast.txt", 2L), (PathOf("The Harbour Gazette"), 2L), (radio, 1L)],
            store.Connection.Query<(string, long)>("SELECT path, extractor_version FROM documents ORDER BY id"));
        Assert.Equal(1, store.CountDocumentsExtractedBefore(2));
        foreach (var table in new[] { "sentences", "mentions", "evidence", "quotes", "undated_event_reports" })
        {
            Assert.Equal(0, store.Connection.ExecuteScalar<int>(
                $"SELECT count(*) FROM {table} WHERE document_id = (SELECT id FROM documents WHERE path = @radio)", new { radio }));
        }

        Assert.NotEqual(0, Count(store, "mentions"));
    }

    [Fact]
    public void An_exception_from_rederive_midway_leaves_the_file_exactly_as_it_was()
    {
        using var store = StoreWithArticles(version: 1);
        var before = TableDump.Of(store);
        var rederive = RederiveFrom(Articles(2));
        var calls = 0;

        var thrown = Assert.Throws<InvalidOperationException>(() => store.ReplaceAllFacts(
            2,
            document => ++calls == 2 ? throw new InvalidOperationException("extractor crashed") : rederive(document)));

        Assert.Equal("extractor crashed", thrown.Message);
        Assert.Equal(before, TableDump.Of(store));
    }

    [Fact]
    public void Facts_the_store_refuses_midway_leave_the_file_exactly_as_it_was_and_usable()
    {
        using var store = StoreWithArticles(version: 1);
        var before = TableDump.Of(store);
        var rederive = RederiveFrom(Articles(2));
        var radio = PathOf("Elling Radio");

        Assert.Throws<ArgumentException>(() => store.ReplaceAllFacts(2, document =>
        {
            var resolved = rederive(document)!;
            if (document.Path != radio)
            {
                return resolved;
            }

            var wrong = resolved.Mentions[0] with { Mention = resolved.Mentions[0].Mention with { Text = "Nobody" } };
            return resolved with { Mentions = [wrong, .. resolved.Mentions.Skip(1)] };
        }));

        Assert.Equal(before, TableDump.Of(store));
        Assert.Equal(1, store.Write([new DocumentBuilder("news/after.txt", "The quays reopened.").Build()]));
    }

    [Fact]
    public void Rebuilding_an_empty_file_does_nothing()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        var before = TableDump.Of(store);

        var outcome = store.ReplaceAllFacts(2, _ => throw new InvalidOperationException("there is nothing to rederive"));

        Assert.Equal(0, outcome.Rederived);
        Assert.Empty(outcome.Failed);
        Assert.Equal(before, TableDump.Of(store));
    }

    /// <summary>
    /// A cast, a dated report of the signing with a co-mention and a quote, and an undated report of the signing and
    /// the strike with floating dates: something in every derived table once dated.
    /// </summary>
    private static IReadOnlyList<ResolvedDocument> Articles(int version) => new[]
    {
        Cast(),
        EventNews.Builder("The Harbour Gazette", Wednesday, new Report(Signing, IsNew: true))
            .CoMention(Varga, Brandt, 1)
            .Quote(Varga, "filed this story")
            .Build(),
        Article(
            "Elling Radio",
            null,
            new Report(Signing, IsNew: false, Floating: FloatingDates.DaysBefore(1)),
            new Report(Strike, IsNew: true, Floating: FloatingDates.LastWeekday(DayOfWeek.Monday))),
    }.Select(a => a with { Facts = a.Facts with { ExtractorVersion = version } }).ToList();

    private static KnowledgeGraphStore StoreWithArticles(int version)
    {
        var store = KnowledgeGraphStore.OpenInMemory();
        store.Write(Articles(version));
        store.DateUndatedArticles();
        return store;
    }

    private static Func<Document, ResolvedDocument?> RederiveFrom(IReadOnlyList<ResolvedDocument> articles)
    {
        var byPath = articles.ToDictionary(a => a.Facts.Document.Path, StringComparer.Ordinal);
        return document => byPath[document.Path];
    }

    /// <summary>A document whose extraction found sentences and nothing else.</summary>
    private static ResolvedDocument Bare(Document document, int version)
    {
        var sentences = new DocumentBuilder(document.Path, document.Text).Sentences;
        return new ResolvedDocument(new DocumentFacts(document, sentences, [], [], []) { ExtractorVersion = version }, [], [], []);
    }

    private static int Count(KnowledgeGraphStore store, string table) =>
        store.Connection.ExecuteScalar<int>($"SELECT count(*) FROM {table}");
}
