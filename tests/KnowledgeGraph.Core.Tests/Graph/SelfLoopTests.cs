using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Graph.Views;
using KnowledgeGraph.Core.Tests.Graph.Views;

namespace KnowledgeGraph.Core.Tests.Graph;

/// <summary>
/// <see cref="IEdgeSet{TVertex, TEdge}.HasSelfLoops"/> as the in-memory graph answers it: kept up to date as edges
/// are added, so that a writer can ask before its first edge without walking them.
/// </summary>
public class SelfLoopTests
{
    [Fact]
    public void A_graph_has_self_loops_from_the_first_edge_that_returns_to_its_source()
    {
        var graph = TestGraphs.Build("a b", "a>b", "b>a");
        Assert.False(graph.HasSelfLoops);

        graph.AddEdge(new Edge("b", "b"));

        Assert.True(graph.HasSelfLoops);
    }

    [Fact]
    public void Ends_are_compared_by_the_vertex_equality_of_the_graph()
    {
        // Entity nodes are equal by id, so two node objects of one entity make a self-loop.
        var sheinbaum = ViewGraphs.Node(7, "Claudia Sheinbaum");
        var graph = ViewGraphs.Build([sheinbaum]);

        graph.AddEdge(ViewGraphs.Edge(1, sheinbaum, sheinbaum with { Name = "Sheinbaum" }));

        Assert.True(graph.HasSelfLoops);
    }

    [Fact]
    public void A_view_without_the_self_loop_has_none()
    {
        var mayor = ViewGraphs.Node(1, "Ilse Varga");
        var port = ViewGraphs.Node(2, "Port Elling", EntityKind.Place);
        var graph = ViewGraphs.Build(
            [mayor, port],
            ViewGraphs.Edge(1, mayor, mayor),
            ViewGraphs.Edge(2, mayor, port, "visited"));

        var typedOnly = new GraphView { WithoutCoMention = true }.Apply(graph);

        Assert.True(graph.HasSelfLoops);
        Assert.False(typedOnly.HasSelfLoops);
        Assert.Single(typedOnly.Edges);
    }
}
