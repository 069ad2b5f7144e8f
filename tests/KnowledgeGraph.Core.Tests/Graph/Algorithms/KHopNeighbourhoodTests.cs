using KnowledgeGraph.Core.Graph.Algorithms;

namespace KnowledgeGraph.Core.Tests.Graph.Algorithms;

public class KHopNeighbourhoodTests
{
    [Fact]
    public void ZeroHopsIsTheFocusAlone()
    {
        var neighbourhood = KHopNeighbourhood.Compute(TestGraphs.Path(), "c", 0);

        Assert.Equal(new Dictionary<string, int> { ["c"] = 0 }, neighbourhood);
    }

    [Fact]
    public void OneHopIgnoresDirection()
    {
        // The path is a → b → c → d → e, so from c, b is reached only against the edge.
        var neighbourhood = KHopNeighbourhood.Compute(TestGraphs.Path(), "c", 1);

        Assert.Equal(new Dictionary<string, int> { ["c"] = 0, ["b"] = 1, ["d"] = 1 }, neighbourhood);
    }

    [Fact]
    public void TwoHopsGiveDistances()
    {
        var neighbourhood = KHopNeighbourhood.Compute(TestGraphs.Path(), "a", 2);

        Assert.Equal(new Dictionary<string, int> { ["a"] = 0, ["b"] = 1, ["c"] = 2 }, neighbourhood);
    }

    [Fact]
    public void DistancesAreShortestPaths()
    {
        // a reaches d directly and through b and c; d must be at distance 1.
        var graph = TestGraphs.Build("a b c d e", "a>b", "b>c", "c>d", "d>a", "d>e");

        var neighbourhood = KHopNeighbourhood.Compute(graph, "a", 2);

        Assert.Equal(new Dictionary<string, int> { ["a"] = 0, ["b"] = 1, ["d"] = 1, ["c"] = 2, ["e"] = 2 }, neighbourhood);
    }

    [Fact]
    public void ResultIsInBreadthFirstOrder()
    {
        var neighbourhood = KHopNeighbourhood.Compute(TestGraphs.Star(), "l1", 2);

        Assert.Equal(new[] { "l1", "hub", "l2", "l3", "l4", "l5" }, neighbourhood.Keys);
        Assert.Equal(new[] { 0, 1, 2, 2, 2, 2 }, neighbourhood.Values);
    }

    [Fact]
    public void ManyHopsStopAtTheComponent()
    {
        var graph = TestGraphs.Build("a b c", "a>b");

        var neighbourhood = KHopNeighbourhood.Compute(graph, "a", int.MaxValue);

        Assert.Equal(new[] { "a", "b" }, neighbourhood.Keys);
    }

    [Fact]
    public void NegativeHopsOrUnknownFocusThrow()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => KHopNeighbourhood.Compute(TestGraphs.Path(), "a", -1));
        Assert.Throws<ArgumentException>(() => KHopNeighbourhood.Compute(TestGraphs.Path(), "z", 1));
    }
}
