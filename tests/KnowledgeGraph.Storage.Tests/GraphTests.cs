using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Storage.Tests;

public sealed class GraphTests
{
    [Fact]
    public void Nodes_come_in_id_order_with_their_totals_and_aliases_most_frequent_first()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([SampleNews.Bridge(), SampleNews.School(), SampleNews.Cafe()]);

        var nodes = store.LoadGraph().Vertices.ToArray();

        Assert.Equal([1L, 2, 3, 4, 5, 6], nodes.Select(n => n.Id));
        var varga = nodes[0];
        Assert.Equal(("Ilse Varga", EntityKind.Person, 5, 3), (varga.Name, varga.Kind, varga.MentionCount, varga.DocumentCount));
        Assert.Equal([new AliasCount("Ilse Varga", 3), new AliasCount("Varga", 2)], varga.Aliases);
        Assert.Equal(EntityKind.Place, nodes[5].Kind);
    }

    [Fact]
    public void Alias_ties_are_broken_by_ordinal_order()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        var document = new DocumentBuilder("f.txt", "Varga, then varga, then VARGA, then Ilse Varga.")
            .Entity(1, isNew: true, EntityKind.Person, "Ilse Varga")
            .Mention(1, "Varga")
            .Mention(1, "varga")
            .Mention(1, "VARGA")
            .Mention(1, "Ilse Varga")
            .Mention(1, "Varga", occurrence: 1)
            .Build();
        store.Write([document]);

        var aliases = store.LoadGraph().Vertices.Single().Aliases.Select(a => a.Alias);

        Assert.Equal(["Varga", "Ilse Varga", "VARGA", "varga"], aliases);
    }

    [Fact]
    public void Edges_come_in_relation_id_order_with_weights_and_the_first_evidence_sentence()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([SampleNews.Bridge(), SampleNews.School(), SampleNews.Cafe()]);

        var edges = store.LoadGraph().Edges.ToArray();

        Assert.Equal([1L, 2, 3, 4, 5, 6], edges.Select(e => e.Id));
        var vargaKessler = edges[1];
        Assert.Equal((SampleNews.Varga, SampleNews.Kessler), (vargaKessler.Source.Id, vargaKessler.Target.Id));
        Assert.Equal((RelationKinds.CoMention, 2.0, 2), (vargaKessler.Kind, vargaKessler.Weight, vargaKessler.DocumentCount));
        Assert.Equal("Varga thanked the Kessler Foundation for its support.", vargaKessler.Evidence);

        var director = edges[3];
        Assert.Equal(("member_of", "director"), (director.Kind, director.Label));
        Assert.Null(edges[0].Label);

        // Evidence with emoji in front still comes back as the whole sentence.
        var angstromNorrebro = edges[5];
        Assert.Equal("🎉 Café owner Zoë Ångström 🇸🇪 welcomed Ilse Varga to Nørrebro.", angstromNorrebro.Evidence);
        Assert.Equal(2.0, angstromNorrebro.Weight);
    }

    [Fact]
    public void In_and_out_edges_connect_the_loaded_nodes()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([SampleNews.Bridge(), SampleNews.School()]);

        var graph = store.LoadGraph();
        var varga = graph.Vertices.First(n => n.Id == SampleNews.Varga);
        var kessler = graph.Vertices.First(n => n.Id == SampleNews.Kessler);

        Assert.Equal(3, graph.OutDegree(varga));
        Assert.Equal(2, graph.InDegree(kessler));
    }

    [Fact]
    public void Loading_twice_gives_the_same_graph()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([SampleNews.Bridge(), SampleNews.School(), SampleNews.Cafe()]);

        Assert.Equal(Describe(store.LoadGraph()), Describe(store.LoadGraph()));
    }

    [Fact]
    public void Empty_store_gives_an_empty_graph()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();

        var graph = store.LoadGraph();

        Assert.Equal((0, 0), (graph.VertexCount, graph.EdgeCount));
    }

    private static string Describe(EntityGraph graph) => string.Join(
        '\n',
        graph.Vertices.Select(n => $"{n} {n.MentionCount} {n.DocumentCount} {string.Join(',', n.Aliases)}")
            .Concat(graph.Edges.Select(e => $"{e.Id} {e.Source.Id}->{e.Target.Id} {e.Kind} {e.Label} {e.Weight} {e.DocumentCount} {e.Evidence}")));
}
