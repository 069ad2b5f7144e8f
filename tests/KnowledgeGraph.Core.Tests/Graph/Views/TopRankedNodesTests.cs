using KnowledgeGraph.Core.Graph.Views;
using static KnowledgeGraph.Core.Tests.Graph.Views.ViewGraphs;

namespace KnowledgeGraph.Core.Tests.Graph.Views;

public class TopRankedNodesTests
{
    [Fact]
    public void DegreeKeepsTheMostLinkedEntitiesInTheirOriginalOrder()
    {
        // Degrees: Rubio 3, Sheinbaum 3, State Department 2, Washington 1, Mexico 1.
        var view = TopRankedNodes.Apply(News(), 3, NodeRanking.Degree);

        Assert.Equal([1, 2, 4], NodeIds(view));
        Assert.Equal([10, 12, 14], EdgeIds(view));
    }

    [Fact]
    public void TiesGoToTheSmallerId()
    {
        // Washington (3) and Mexico (5) both have degree 1.
        var view = TopRankedNodes.Apply(News(), 4, NodeRanking.Degree);

        Assert.Equal([1, 2, 3, 4], NodeIds(view));
    }

    [Fact]
    public void TiesInPageRankGoToTheSmallerIdWhateverTheInsertionOrder()
    {
        // A star whose leaves are symmetric: they all rank the same, so ids decide.
        var hub = Node(1, "Hub");
        var leaves = new[] { Node(9, "L9"), Node(4, "L4"), Node(6, "L6") };
        var graph = Build([.. leaves, hub], [.. leaves.Select((leaf, i) => Edge(20 + i, leaf, hub))]);

        var view = TopRankedNodes.Apply(graph, 3, NodeRanking.PageRank);

        Assert.Equal([4, 6, 1], NodeIds(view));
    }

    [Fact]
    public void PageRankFollowsTheWeights()
    {
        // Without weights b and c are symmetric; the heavy edge to c makes c the more central.
        var a = Node(1, "A");
        var b = Node(2, "B");
        var c = Node(3, "C");
        var graph = Build([a, b, c], Edge(10, a, b, weight: 1), Edge(11, a, c, weight: 9));

        var scores = TopRankedNodes.Scores(graph, NodeRanking.PageRank);

        Assert.True(scores[c] > scores[b], $"{scores[c]} <= {scores[b]}");
        Assert.Equal([1, 3], NodeIds(TopRankedNodes.Apply(graph, 2, NodeRanking.PageRank)));
    }

    [Fact]
    public void APinnedEntityStaysAndTakesOneOfThePlaces()
    {
        var graph = News();
        var washington = graph.Vertices.Single(node => node.Id == 3);

        var view = TopRankedNodes.Apply(graph, 2, NodeRanking.Degree, pinned: washington);

        Assert.Equal([1, 3], NodeIds(view));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(50)]
    public void AsManyOrMoreThanThereAreKeepsEverything(int count)
    {
        var view = TopRankedNodes.Apply(News(), count, NodeRanking.PageRank);

        Assert.Equal([1, 2, 3, 4, 5], NodeIds(view));
        Assert.Equal([10, 11, 12, 13, 14], EdgeIds(view));
    }

    [Fact]
    public void ZeroKeepsNothingAndAnEmptyGraphStaysEmpty()
    {
        Assert.Equal(0, TopRankedNodes.Apply(News(), 0, NodeRanking.Degree, pinned: News().Vertices.First()).VertexCount);
        Assert.Equal(0, TopRankedNodes.Apply(Build([]), 3, NodeRanking.PageRank).VertexCount);
    }
}
