using KnowledgeGraph.Core.Graph.Views;
using static KnowledgeGraph.Core.Tests.Graph.Views.ViewGraphs;

namespace KnowledgeGraph.Core.Tests.Graph.Views;

public class ParallelEdgeCollapseTests
{
    [Fact]
    public void EdgesOfDifferentKindsBecomeOneMixedEdge()
    {
        var view = ParallelEdgeCollapse.Apply(News());

        Assert.Equal([10, 11, 12, 13], EdgeIds(view));
        var merged = view.Edges.Single(edge => edge.Id == 12);
        Assert.Equal(ParallelEdgeCollapse.MixedKind, merged.Kind);
        Assert.Equal("co_mention; met with", merged.Label);
        Assert.Equal(3, merged.Weight);
        Assert.Equal("evidence 12", merged.Evidence);
        Assert.Equal((1, 4), (merged.Source.Id, merged.Target.Id));
    }

    [Fact]
    public void EdgesOfOneKindKeepItSumTheirWeightsAndTakeTheLargestDocumentCount()
    {
        var a = Node(1, "A");
        var b = Node(2, "B");
        var graph = Build([a, b], Edge(10, a, b, "met", 2, documents: 3), Edge(11, a, b, "met", 1.5, documents: 2));

        var merged = Assert.Single(ParallelEdgeCollapse.Apply(graph).Edges);

        Assert.Equal("met", merged.Kind);
        Assert.Null(merged.Label);
        Assert.Equal(3.5, merged.Weight);
        Assert.Equal(3, merged.DocumentCount);
    }

    [Fact]
    public void EdgesInOppositeDirectionsMergeInTheDirectionOfTheFirst()
    {
        var a = Node(1, "A");
        var b = Node(2, "B");
        var c = Node(3, "C");
        var graph = Build([a, b, c], Edge(10, b, a, "met", label: "met"), Edge(11, a, c), Edge(12, a, b, "met", label: "phoned"));

        var view = ParallelEdgeCollapse.Apply(graph);

        Assert.Equal([10, 11], EdgeIds(view));
        var merged = view.Edges.First();
        Assert.Equal((2, 1), (merged.Source.Id, merged.Target.Id));
        Assert.Equal("met; phoned", merged.Label);
        Assert.Equal("met", merged.Kind);
    }

    [Fact]
    public void ALoneEdgeIsKeptAsItIsAndEveryNodeStays()
    {
        var graph = News();

        var view = ParallelEdgeCollapse.Apply(graph);

        Assert.Same(graph.Edges.First(), view.Edges.First());
        Assert.Equal([1, 2, 3, 4, 5], NodeIds(view));
    }

    [Fact]
    public void SelfLoopsMergeWithEachOther()
    {
        var a = Node(1, "A");
        var graph = Build([a], Edge(10, a, a, weight: 1), Edge(11, a, a, weight: 2));

        Assert.Equal(3, Assert.Single(ParallelEdgeCollapse.Apply(graph).Edges).Weight);
    }

    [Fact]
    public void AMergedEdgeCountsTheEvidenceOfAllItsEdges()
    {
        var a = Node(1, "A");
        var b = Node(2, "B");
        var graph = Build(
            [a, b],
            Edge(10, a, b) with { EvidenceCount = 4 },
            Edge(11, b, a, "met") with { EvidenceCount = 2 },
            Edge(12, a, b, "leads"));

        var merged = Assert.Single(ParallelEdgeCollapse.Apply(graph).Edges);

        Assert.Equal(6, merged.EvidenceCount);
    }

    [Fact]
    public void AMergedEdgeIsSeenFromTheFirstToTheLastDayOfItsEdges()
    {
        var a = Node(1, "A");
        var b = Node(2, "B");
        var graph = Build(
            [a, b],
            Edge(10, a, b) with { FirstSeen = new DateOnly(2025, 3, 4), LastSeen = new DateOnly(2025, 3, 5) },
            Edge(11, a, b),
            Edge(12, b, a) with { FirstSeen = new DateOnly(2025, 3, 1), LastSeen = new DateOnly(2025, 3, 2) });

        var merged = Assert.Single(ParallelEdgeCollapse.Apply(graph).Edges);

        Assert.Equal(new DateOnly(2025, 3, 1), merged.FirstSeen);
        Assert.Equal(new DateOnly(2025, 3, 5), merged.LastSeen);
    }
}
