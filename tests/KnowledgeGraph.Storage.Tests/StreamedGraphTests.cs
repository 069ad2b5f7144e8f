using System.Runtime.CompilerServices;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>
/// <see cref="KnowledgeGraphStore.StreamGraph"/>: the graph of <see cref="KnowledgeGraphStore.LoadGraph"/>, node for
/// node and edge for edge, but with its edges read from the file as they are enumerated, from one snapshot of it.
/// </summary>
public sealed class StreamedGraphTests
{
    [Fact]
    public void Nodes_and_edges_are_those_of_the_loaded_graph_in_the_same_order()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([SampleNews.Bridge(), SampleNews.School(), SampleNews.Cafe()]);
        var loaded = store.LoadGraph();

        using var streamed = store.StreamGraph();

        Assert.Equal(loaded.Vertices.Select(Describe), streamed.Vertices.Select(Describe));
        Assert.Equal(loaded.Edges, streamed.Edges); // records: ends by id, every other field by value
        Assert.All(streamed.Edges, edge => Assert.Contains(edge.Source, streamed.Vertices));
    }

    [Fact]
    public void The_counts_are_known_before_any_enumeration_and_match_it()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([SampleNews.Bridge(), SampleNews.School(), SampleNews.Cafe()]);

        using var streamed = store.StreamGraph();

        Assert.Equal((6, 6), (streamed.VertexCount, streamed.EdgeCount));
        Assert.Equal((6, 6), (streamed.Vertices.Count(), streamed.Edges.Count()));
    }

    [Fact]
    public void A_relation_from_an_entity_to_itself_is_a_self_loop_known_without_reading_the_edges()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([SampleNews.Bridge()]);
        using (var withoutLoop = store.StreamGraph())
        {
            Assert.False(withoutLoop.HasSelfLoops);
        }

        var praise = new DocumentBuilder("news/praise.txt", "Ilse Varga praised Varga's own record.")
            .Entity(SampleNews.Varga, isNew: false, EntityKind.Person, "Ilse Varga", "ilse varga", "varga")
            .Mention(SampleNews.Varga, "Ilse Varga")
            .Mention(SampleNews.Varga, "Varga", occurrence: 1)
            .Relation(SampleNews.Varga, SampleNews.Varga, "praised", null, 0)
            .Build();
        store.Write([praise]);

        using var withLoop = store.StreamGraph();
        Assert.True(withLoop.HasSelfLoops);
        Assert.Equal(store.LoadGraph().HasSelfLoops, withLoop.HasSelfLoops);
    }

    [Fact]
    public void Edges_enumerated_again_come_back_the_same()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([SampleNews.Bridge(), SampleNews.School(), SampleNews.Cafe()]);
        using var streamed = store.StreamGraph();

        var first = streamed.Edges.ToList();
        var cutShort = streamed.Edges.Take(2).ToList();
        var second = streamed.Edges.ToList();

        Assert.Equal(first, second);
        Assert.Equal(first.Take(2), cutShort);
    }

    [Fact]
    public void An_ingest_committing_while_the_graph_is_read_changes_nothing_in_it()
    {
        using var folder = new TempFolder();
        var path = folder.File("graph.db");
        using var writer = KnowledgeGraphStore.Open(path);
        writer.Write([SampleNews.Bridge(), SampleNews.School()]);
        var before = writer.LoadGraph();
        using var reader = KnowledgeGraphStore.OpenForReading(path);

        using (var streamed = reader.StreamGraph())
        {
            var nodeIds = streamed.Vertices.Select(node => node.Id).ToList();
            writer.Write([SampleNews.Cafe()]); // two new entities and relations to them

            Assert.Equal(before.EdgeCount, streamed.EdgeCount);
            Assert.Equal(before.Edges, streamed.Edges);
            Assert.Equal(before.Vertices.Select(node => node.Id), nodeIds);
        }

        using var afterwards = reader.StreamGraph();
        Assert.Equal((6, 6), (afterwards.VertexCount, afterwards.EdgeCount));
    }

    [Fact]
    public void Edges_already_handed_out_are_not_kept()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([SampleNews.Bridge(), SampleNews.School(), SampleNews.Cafe()]);
        using var streamed = store.StreamGraph();

        var handedOut = WeakReferencesToEveryEdge(streamed);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.Equal(6, handedOut.Count);
        Assert.All(handedOut, edge => Assert.False(edge.IsAlive, "an edge outlived its enumeration"));
        Assert.Equal(6, streamed.Edges.Count()); // still readable: the streamed graph, not the edges, is what lives on
    }

    [Fact]
    public void The_store_serves_again_once_the_streamed_graph_is_disposed_and_the_graph_does_not()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([SampleNews.Bridge()]);
        var streamed = store.StreamGraph();
        var edges = streamed.Edges;
        Assert.NotEmpty(edges);

        streamed.Dispose();

        Assert.Equal(3, store.LoadGraph().VertexCount);
        store.Write([SampleNews.School()]);
        Assert.Throws<ObjectDisposedException>(() => edges.ToList());
        Assert.Throws<ObjectDisposedException>(() => streamed.EdgeCount);
        Assert.Throws<ObjectDisposedException>(() => streamed.Vertices);
    }

    /// <summary>Everything a node carries, aliases included, which its own equality (by id alone) does not compare.</summary>
    private static string Describe(EntityNode node) =>
        $"{node} {node.MentionCount}/{node.DocumentCount} [{string.Join(", ", node.Aliases)}] {node.FirstSeen}..{node.LastSeen} {node.Event}";

    /// <summary>Kept out of the test's own frame, so that no local variable there keeps an edge alive.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static List<WeakReference> WeakReferencesToEveryEdge(StreamedGraph graph) =>
        graph.Edges.Select(edge => new WeakReference(edge)).ToList();
}
