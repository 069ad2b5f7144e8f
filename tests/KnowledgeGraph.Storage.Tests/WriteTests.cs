using Dapper;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Resolution;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Tests;

public sealed class WriteTests
{
    [Fact]
    public void Written_batch_reads_back_with_the_expected_counts()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();

        var written = store.Write([SampleNews.Bridge()]);

        var stats = store.GetStatistics();
        Assert.Equal(1, written);
        Assert.Equal(1, stats.Documents);
        Assert.Equal(3, stats.Entities);
        Assert.Equal(5, stats.Mentions);
        Assert.Equal(4, stats.Aliases); // "Ilse Varga", "Varga", "Port Elling", "Kessler Foundation"
        Assert.Equal(2, stats.Relations);
        Assert.Equal(2, stats.Evidence);
        Assert.Equal(0, stats.Events);
        Assert.Equal(0, stats.Quotes);
        Assert.Equal(1, stats.EntitiesByKind[EntityKind.Person]);
        Assert.Equal(1, stats.EntitiesByKind[EntityKind.Place]);
        Assert.Equal(1, stats.EntitiesByKind[EntityKind.Organization]);
        Assert.Equal(0, stats.EntitiesByKind[EntityKind.Event]);
        Assert.Equal(2, stats.RelationsByKind[RelationKinds.CoMention]);
        Assert.Equal(3, store.Connection.ExecuteScalar<int>("SELECT count(*) FROM sentences"));
        Assert.Equal(4, store.Connection.ExecuteScalar<int>("SELECT count(*) FROM entity_keys"));
    }

    [Fact]
    public void Document_row_keeps_the_metadata()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        var bridge = SampleNews.Bridge();

        store.Write([bridge, SampleNews.School()]);

        var row = store.Connection.QuerySingle<(string Path, string Title, string Source, string Published, string Hash)>(
            "SELECT path, title, source, published, content_hash FROM documents WHERE id = 1");
        Assert.Equal(("news/bridge.txt", "Harbour bridge opens", "The Test Courier", "2031-04-08"), (row.Path, row.Title, row.Source, row.Published));
        Assert.Equal(bridge.Facts.Document.ContentHash, row.Hash);
        Assert.Null(store.Connection.ExecuteScalar<string?>("SELECT published FROM documents WHERE id = 2"));
        Assert.Equal(bridge.Facts.Document.Text, store.Connection.ExecuteScalar<string>("SELECT text FROM documents WHERE id = 1"));
    }

    [Fact]
    public void Rewriting_a_stored_document_changes_nothing()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([SampleNews.Bridge()]);
        var before = TableDump.Of(store);

        var written = store.Write([SampleNews.Bridge()]);

        Assert.Equal(0, written);
        Assert.Equal(before, TableDump.Of(store));
    }

    [Fact]
    public void The_same_document_twice_in_one_batch_is_written_once()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();

        var written = store.Write([SampleNews.Bridge(), SampleNews.Bridge()]);

        Assert.Equal(1, written);
        Assert.Equal(1, store.GetStatistics().Documents);
        Assert.Equal(2, store.Connection.ExecuteScalar<int>("SELECT mention_count FROM entities WHERE id = 3"));
    }

    [Fact]
    public void The_stored_content_hashes_are_those_of_the_documents_written()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        var bridge = SampleNews.Bridge();
        Assert.False(store.LoadContentHashes().Contains(bridge.Facts.Document.ContentHash));

        store.Write([bridge]);

        var stored = store.LoadContentHashes();
        Assert.Equal(1, stored.Count);
        Assert.True(stored.Contains(bridge.Facts.Document.ContentHash));
        Assert.False(stored.Contains(SampleNews.School().Facts.Document.ContentHash));
    }

    [Fact]
    public void Second_document_adds_to_the_counts_of_shared_entities_and_relations()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();

        store.Write([SampleNews.Bridge()]);
        store.Write([SampleNews.School()]);

        var entities = store.Connection
            .Query<(long Id, string Name, int Mentions, int Documents)>(
                "SELECT id, name, mention_count, document_count FROM entities ORDER BY id")
            .ToArray();
        Assert.Equal(
            [
                (SampleNews.Varga, "Ilse Varga", 4, 2),
                (SampleNews.PortElling, "Port Elling", 2, 2),
                (SampleNews.Kessler, "Kessler Foundation", 3, 2),
                (SampleNews.Brandt, "Tomas Brandt", 2, 1),
            ],
            entities);

        var vargaKessler = store.Connection.QuerySingle<(double Weight, int Documents)>(
            "SELECT weight, document_count FROM relations WHERE source_id = 1 AND target_id = 3 AND kind = 'co_mention'");
        Assert.Equal((2.0, 2), vargaKessler);
        Assert.Equal(2, store.Connection.ExecuteScalar<int>("SELECT count(*) FROM evidence WHERE relation_id = 2"));

        var vargaAliases = store.Connection
            .Query<(string Alias, int Count)>("SELECT alias, count FROM aliases WHERE entity_id = 1 ORDER BY alias")
            .ToArray();
        Assert.Equal([("Ilse Varga", 2), ("Varga", 2)], vargaAliases);
        Assert.Equal(4, store.GetStatistics().Relations);
    }

    [Fact]
    public void One_batch_or_two_give_the_same_database()
    {
        using var together = KnowledgeGraphStore.OpenInMemory();
        using var apart = KnowledgeGraphStore.OpenInMemory();

        together.Write([SampleNews.Bridge(), SampleNews.School(), SampleNews.Cafe()]);
        apart.Write([SampleNews.Bridge()]);
        apart.Write([SampleNews.School()]);
        apart.Write([SampleNews.Cafe()]);

        Assert.Equal(TableDump.Of(together), TableDump.Of(apart));
    }

    [Fact]
    public void Relation_labels_are_kept_and_an_empty_label_is_stored_as_null()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        var bridge = new DocumentBuilder("a.txt", "Ilse Varga visited Port Elling.")
            .Entity(1, isNew: true, EntityKind.Person, "Ilse Varga")
            .Entity(2, isNew: true, EntityKind.Place, "Port Elling")
            .Mention(1, "Ilse Varga")
            .Mention(2, "Port Elling")
            .Relation(1, 2, "visited", "", 0)
            .Relation(1, 2, "visited", "mayor", 0)
            .Build();
        var again = new DocumentBuilder("b.txt", "Ilse Varga was back in Port Elling.")
            .Entity(1, isNew: false, EntityKind.Person, "Ilse Varga")
            .Entity(2, isNew: false, EntityKind.Place, "Port Elling")
            .Mention(1, "Ilse Varga")
            .Mention(2, "Port Elling")
            .Relation(1, 2, "visited", null, 0)
            .Build();

        store.Write([bridge, again]);

        var rows = store.Connection
            .Query<(string? Label, double Weight, int Documents)>("SELECT label, weight, document_count FROM relations ORDER BY id")
            .ToArray();
        Assert.Equal([(null, 2.0, 2), ("mayor", 1.0, 1)], rows);
    }

    [Fact]
    public void A_failing_document_rolls_back_the_whole_batch()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([SampleNews.Bridge()]);
        var before = TableDump.Of(store);
        var stranger = new DocumentBuilder("c.txt", "Nobody knows Olaf Quist.")
            .Entity(99, isNew: false, EntityKind.Person, "Olaf Quist")
            .Mention(99, "Olaf Quist")
            .Build();

        var error = Assert.Throws<InvalidOperationException>(() => store.Write([SampleNews.School(), stranger]));

        Assert.Contains("99", error.Message);
        Assert.Equal(before, TableDump.Of(store));
    }

    [Fact]
    public void A_new_entity_whose_id_is_taken_rolls_back_the_batch()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([SampleNews.Bridge()]);
        var before = TableDump.Of(store);
        var clash = new DocumentBuilder("d.txt", "Olaf Quist arrived.")
            .Entity(SampleNews.Varga, isNew: true, EntityKind.Person, "Olaf Quist")
            .Mention(SampleNews.Varga, "Olaf Quist")
            .Build();

        Assert.Throws<SqliteException>(() => store.Write([SampleNews.School(), clash]));

        Assert.Equal(before, TableDump.Of(store));
    }

    [Fact]
    public void A_mention_whose_text_does_not_match_the_document_is_refused()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        var school = SampleNews.School();
        var first = school.Mentions[0];
        var broken = school with
        {
            Mentions = [first with { Mention = first.Mention with { Text = "Ilse Vargas" } }, .. school.Mentions.Skip(1)],
        };

        var error = Assert.Throws<ArgumentException>(() => store.Write([SampleNews.Bridge(), broken]));

        Assert.Contains("does not match", error.Message);
        Assert.Equal(0, store.GetStatistics().Documents);
    }

    [Fact]
    public void A_span_beyond_the_text_is_refused()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        var bridge = SampleNews.Bridge();
        var relation = bridge.Relations[0];
        var broken = bridge with
        {
            Relations = [relation with { Evidence = [new TextSpan(0, bridge.Facts.Document.Text.Length + 1)] }],
        };

        Assert.Throws<ArgumentException>(() => store.Write([broken]));
        Assert.Equal(0, store.GetStatistics().Documents);
    }

    [Fact]
    public void The_store_stays_usable_after_a_rolled_back_batch()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        var clash = new DocumentBuilder("d.txt", "Olaf Quist arrived.")
            .Entity(7, isNew: false, EntityKind.Person, "Olaf Quist")
            .Mention(7, "Olaf Quist")
            .Build();
        Assert.Throws<InvalidOperationException>(() => store.Write([clash]));

        Assert.Equal(2, store.Write([SampleNews.Bridge(), SampleNews.School()]));
        Assert.Equal(2, store.GetStatistics().Documents);
    }

    [Fact]
    public void Entity_index_holds_every_stored_key_and_continues_the_ids()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        Assert.Equal(1, store.LoadEntityIndex().NewId());
        store.Write([SampleNews.Bridge()]);

        IEntityIndex index = store.LoadEntityIndex();

        Assert.Equal([SampleNews.Varga], index.Find("ilse varga"));
        Assert.Equal([SampleNews.Varga], index.Find("varga"));
        Assert.Equal([SampleNews.PortElling], index.Find("port elling"));
        Assert.Equal([SampleNews.Kessler], index.Find("kessler foundation"));
        Assert.Empty(index.Find("tomas brandt"));
        Assert.Equal("Ilse Varga", index.NameOf(SampleNews.Varga));
        Assert.Equal(4, index.NewId());
    }

    [Fact]
    public void A_key_two_entities_register_keeps_both()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        var second = new DocumentBuilder("e.txt", "Mia Varga sang.")
            .Entity(4, isNew: true, EntityKind.Person, "Mia Varga", "mia varga", "varga")
            .Mention(4, "Mia Varga")
            .Build();

        store.Write([SampleNews.Bridge(), second]);

        Assert.Equal([SampleNews.Varga, 4L], store.LoadEntityIndex().Find("varga"));
        Assert.Equal([4L], store.LoadEntityIndex().Find("mia varga"));
        Assert.Equal(
            [("varga", SampleNews.Varga), ("varga", 4L)],
            store.Connection.Query<(string, long)>("SELECT key, entity_id FROM entity_keys WHERE key = 'varga' ORDER BY entity_id"));
    }
}
