using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Export.Tests;

/// <summary>
/// Exporters take <see cref="IVertexAndEdgeSet{TVertex, TEdge}"/> so that <c>kg export</c> can hand them a graph
/// streamed from the database: from a graph that offers nothing more they must write the bytes they write from the
/// in-memory graph, walking each sequence at most twice (one early pass for what a format states before its first
/// node, then the pass that writes), since every pass over a streamed graph reads the file again.
/// </summary>
public sealed class NarrowGraphExportTests
{
    public static TheoryData<IGraphExporter> Exporters => [new GraphMLExporter(), new DotExporter(), new JsonGraphExporter(), new GexfExporter()];

    [Theory]
    [MemberData(nameof(Exporters))]
    public void A_graph_that_only_lists_its_nodes_and_edges_gives_the_bytes_of_the_in_memory_graph(IGraphExporter exporter)
    {
        foreach (var (description, graph) in Graphs())
        {
            var listed = new PassCountingGraph(graph);

            Assert.True(
                ExportOutput.Bytes(exporter, graph).AsSpan().SequenceEqual(Bytes(exporter, listed)),
                $"{exporter.FormatName} of {description} differs when the graph only lists its nodes and edges");
        }
    }

    [Theory]
    [MemberData(nameof(Exporters))]
    public void Each_sequence_is_walked_at_most_twice(IGraphExporter exporter)
    {
        foreach (var (description, graph) in Graphs())
        {
            var listed = new PassCountingGraph(graph);

            Bytes(exporter, listed);

            Assert.InRange(listed.VertexPasses, 1, 2);
            Assert.True(listed.EdgePasses is >= 1 and <= 2, $"{exporter.FormatName} walked the edges of {description} {listed.EdgePasses} times");
        }
    }

    /// <summary>
    /// The graphs on which the early passes decide something: dates (GEXF's mode), none at all, events, a self-loop
    /// (JSON's option), every kind (the DOT legend) and enough nodes for DOT to choose another layout.
    /// </summary>
    private static IEnumerable<(string Description, EntityGraph Graph)> Graphs() =>
    [
        ("the small undated graph", SampleGraphs.Small()),
        ("the small dated graph", DatedSampleGraphs.Small()),
        ("the event graph", SampleGraphs.Events()),
        ("a graph with a self-loop", WithSelfLoop(SampleGraphs.Small())),
        ("a news-like graph past DOT's layout threshold", NewsLikeGraphs.Generate(DotLayout.MaxNodesForDot + 20)),
        ("the empty graph", new EntityGraph()),
    ];

    private static EntityGraph WithSelfLoop(EntityGraph graph)
    {
        var node = graph.Vertices.First();
        var loop = new RelationEdge(graph.Edges.Max(edge => edge.Id) + 1, node, node, RelationKinds.CoMention, null, 1, 1, "It names itself twice.");
        graph.AddEdge(loop);
        return graph;
    }

    private static byte[] Bytes(IGraphExporter exporter, PassCountingGraph graph)
    {
        using var stream = new MemoryStream();
        exporter.Write(graph, stream);
        return stream.ToArray();
    }
}
