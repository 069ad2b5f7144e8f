using Dapper;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Resolution;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>
/// The stored index answers which entities earlier documents linked from the relations table, plus the documents it
/// was told of that are not written yet, and keeps only those in memory.
/// </summary>
public sealed class StoredEntityIndexTests
{
    [Fact]
    public void Links_come_from_stored_relations_in_either_direction()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([SampleNews.Bridge()]); // Varga–Port Elling and Varga–Kessler Foundation

        var index = store.LoadEntityIndex();

        Assert.Equal(2, index.CountLinked(SampleNews.Varga, [SampleNews.PortElling, SampleNews.Kessler, SampleNews.Brandt]));
        Assert.Equal(1, index.CountLinked(SampleNews.Kessler, [SampleNews.Varga, SampleNews.PortElling]));
        Assert.Equal(0, index.CountLinked(SampleNews.PortElling, [SampleNews.Kessler]));
        Assert.Equal(0, index.CountLinked(SampleNews.Varga, []));
    }

    [Fact]
    public void Links_of_a_document_not_yet_written_count_before_and_after_it_is_written()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        var index = store.LoadEntityIndex();
        var bridge = SampleNews.Bridge();

        index.AddLinks(bridge);
        Assert.Equal(1, index.CountLinked(SampleNews.PortElling, [SampleNews.Varga]));

        store.Write([bridge]);
        Assert.Equal(1, index.CountLinked(SampleNews.PortElling, [SampleNews.Varga]));
        Assert.Equal(1, store.LoadEntityIndex().CountLinked(SampleNews.PortElling, [SampleNews.Varga]));
    }

    [Fact]
    public void Only_the_links_of_documents_not_yet_written_stay_in_memory()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        var index = (StoredEntityIndex)store.LoadEntityIndex();
        var batch = new List<ResolvedDocument>();

        // The way IngestService goes: resolve (which adds the links), then write every 64 documents.
        for (var i = 0; i < 1000; i++)
        {
            var document = Meeting(i);
            index.AddLinks(document);
            batch.Add(document);
            if (batch.Count == 64)
            {
                store.Write(batch);
                batch.Clear();
            }
        }

        Assert.InRange(index.UnwrittenDocumentCount, batch.Count, 200);
        Assert.Equal(1, index.CountLinked(Person(0), [Person(1)]));
        Assert.Equal(0, index.CountLinked(Person(0), [Person(2)]));
    }

    [Fact]
    public void A_key_is_read_from_the_file_only_when_asked_for_and_then_kept_with_the_ids_this_run_adds()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([SampleNews.Bridge()]);
        var index = (StoredEntityIndex)store.LoadEntityIndex();
        Assert.Equal(0, index.KeysRead);

        var newcomer = index.NewId();
        index.Add("varga", newcomer); // a second Varga, registered before anyone asked for the key

        Assert.Equal(1, index.KeysRead);
        Assert.Equal([SampleNews.Varga, newcomer], index.Find("varga"));
        Assert.Equal(1, index.KeysRead);
        store.Connection.Execute("DELETE FROM entity_keys"); // what was read stays read for the run
        Assert.Equal([SampleNews.Varga, newcomer], index.Find("varga"));
        Assert.Empty(index.Find("port elling"));
    }

    [Fact]
    public void A_name_is_read_from_the_file_unless_the_run_set_it()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([SampleNews.Bridge()]);
        var index = store.LoadEntityIndex();

        Assert.Equal("Ilse Varga", index.NameOf(SampleNews.Varga));
        index.SetName(SampleNews.Varga, "Ilse M. Varga");
        Assert.Equal("Ilse M. Varga", index.NameOf(SampleNews.Varga));
        Assert.Null(index.NameOf(999));
    }

    [Fact]
    public void Keys_and_names_are_read_while_the_connection_has_a_transaction_open()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([SampleNews.Bridge()]);
        var index = store.LoadEntityIndex();

        using (var snapshot = store.StreamGraph())
        {
            Assert.True(snapshot.VertexCount > 0); // the snapshot's read transaction is open now
            Assert.Equal([SampleNews.Varga], index.Find("varga"));
            Assert.Equal("Ilse Varga", index.NameOf(SampleNews.Varga));
        }

        Assert.Equal([SampleNews.PortElling], index.Find("port elling"));
    }

    private static long Person(int i) => i + 1;

    /// <summary>Person i meets person i + 1; each is new the first time it is named.</summary>
    private static ResolvedDocument Meeting(int i) =>
        new DocumentBuilder($"m{i}.txt", $"Person{i} met Person{i + 1}.")
            .Entity(Person(i), isNew: i == 0, EntityKind.Person, $"Person{i}")
            .Entity(Person(i + 1), isNew: true, EntityKind.Person, $"Person{i + 1}")
            .Mention(Person(i), $"Person{i}")
            .Mention(Person(i + 1), $"Person{i + 1}")
            .CoMention(Person(i), Person(i + 1), 0)
            .Build();
}
