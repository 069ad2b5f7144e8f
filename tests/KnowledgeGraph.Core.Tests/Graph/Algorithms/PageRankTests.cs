using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Graph.Algorithms;

namespace KnowledgeGraph.Core.Tests.Graph.Algorithms;

public class PageRankTests
{
    private const double Tolerance = 1e-9;

    [Fact]
    public void EmptyGraphHasNoRanks()
    {
        Assert.Empty(PageRank.Compute(TestGraphs.Build(string.Empty)));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("a b c")]
    [InlineData("a b c d e", "a>b", "b>c", "c>d", "d>e")]
    [InlineData("a b c d", "a>b", "a>b", "c>c")]
    [InlineData("l1 l2 hub l3", "l1>hub", "l2>hub", "l3>hub")]
    public void RanksSumToOne(string vertices, params string[] edges)
    {
        var ranks = PageRank.Compute(TestGraphs.Build(vertices, edges));

        Assert.Equal(1.0, ranks.Values.Sum(), Tolerance);
        Assert.All(ranks.Values, rank => Assert.True(rank > 0));
    }

    [Fact]
    public void StarCentreRanksHighestEvenWithOnlyInEdges()
    {
        var ranks = PageRank.Compute(TestGraphs.Star());

        var centre = ranks["hub"];
        Assert.All(ranks.Where(pair => pair.Key != "hub"), pair => Assert.True(pair.Value < centre, $"{pair.Key} {pair.Value} >= {centre}"));
    }

    [Fact]
    public void SymmetricVerticesRankEqually()
    {
        var ranks = PageRank.Compute(TestGraphs.Star());

        Assert.All(new[] { "l2", "l3", "l4", "l5" }, leaf => Assert.Equal(ranks["l1"], ranks[leaf], Tolerance));
    }

    [Fact]
    public void IsolatedVerticesShareRankEvenly()
    {
        var ranks = PageRank.Compute(TestGraphs.Build("a b c d"));

        Assert.All(ranks.Values, rank => Assert.Equal(0.25, rank, Tolerance));
    }

    [Fact]
    public void IsDeterministic()
    {
        var first = PageRank.Compute(TestGraphs.Star());
        var second = PageRank.Compute(TestGraphs.Star());

        Assert.Equal(first.Keys, second.Keys);
        Assert.Equal(first.Values, second.Values);
    }

    [Fact]
    public void KnownValuesForAPath()
    {
        // Undirected path a - b - c with damping 0.85, solved by hand: a = 0.05 + 0.85 * b / 2 and b = 0.05 + 0.85 * 2a.
        // The path is bipartite, so power iteration oscillates and closes in only by 0.85 per step: the default 100
        // iterations stop about 1e-8 short of the default 1e-10 tolerance, hence the larger budget here.
        var graph = TestGraphs.Build("a b c", "a>b", "b>c");
        var a = (0.05 + (0.85 * 0.05 / 2)) / (1 - (0.85 * 0.85));

        var ranks = PageRank.Compute(graph, maxIterations: 1000);

        Assert.Equal(a, ranks["a"], 1e-9);
        Assert.Equal(a, ranks["c"], 1e-9);
        Assert.Equal(1 - (2 * a), ranks["b"], 1e-9);
        Assert.Equal(1 - (2 * a), PageRank.Compute(graph)["b"], 1e-6);
    }

    [Fact]
    public void WeightsOfOneGiveTheUnweightedRanks()
    {
        var unweighted = PageRank.Compute(TestGraphs.Star());
        var weighted = PageRank.Compute(TestGraphs.Star(), weight: _ => 1.0);

        Assert.Equal(unweighted.Values, weighted.Values);
    }

    [Fact]
    public void AHeavierEdgePassesMoreRank()
    {
        // b and c are symmetric but for the weights of their edges to a.
        var graph = new BidirectionalGraph<string, Edge>();
        foreach (var vertex in new[] { "a", "b", "c" })
        {
            graph.AddVertex(vertex);
        }

        graph.AddEdge(new Edge("a", "b", "light"));
        graph.AddEdge(new Edge("a", "c", "heavy"));

        var ranks = PageRank.Compute(graph, weight: edge => edge.Kind == "heavy" ? 9 : 1);

        Assert.True(ranks["c"] > ranks["b"], $"{ranks["c"]} <= {ranks["b"]}");
        Assert.Equal(1.0, ranks.Values.Sum(), Tolerance);
    }

    [Fact]
    public void AVertexWhoseEdgesWeighNothingIsDangling()
    {
        var ranks = PageRank.Compute(TestGraphs.Build("a b", "a>b"), weight: _ => 0.0);

        Assert.Equal(0.5, ranks["a"], Tolerance);
        Assert.Equal(0.5, ranks["b"], Tolerance);
    }

    [Fact]
    public void ANegativeWeightIsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PageRank.Compute(TestGraphs.Path(), weight: _ => -1.0));
    }
}
