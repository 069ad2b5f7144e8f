namespace KnowledgeGraph.Core.Tests.Graph;

public class BidirectionalGraphTests
{
    [Fact]
    public void AddingAVertexTwiceKeepsOneCopy()
    {
        var graph = TestGraphs.Build(string.Empty);

        Assert.True(graph.AddVertex("a"));
        Assert.False(graph.AddVertex("a"));
        Assert.Equal(1, graph.VertexCount);
        Assert.Equal(new[] { "a" }, graph.Vertices);
    }

    [Fact]
    public void VerticesAndEdgesEnumerateInInsertionOrder()
    {
        var graph = TestGraphs.Build("c a b", "b>a", "c>b", "a>c");

        Assert.Equal(new[] { "c", "a", "b" }, graph.Vertices);
        Assert.Equal(new[] { "b>a", "c>b", "a>c" }, graph.Edges.Select(edge => $"{edge.Source}>{edge.Target}"));
        Assert.True(graph.ContainsVertex("a"));
        Assert.False(graph.ContainsVertex("z"));
    }

    [Theory]
    [InlineData("z", "a")]
    [InlineData("a", "z")]
    public void AddingAnEdgeWithAnUnknownEndThrowsAndChangesNothing(string source, string target)
    {
        var graph = TestGraphs.Build("a b", "a>b");

        Assert.Throws<ArgumentException>(() => graph.AddEdge(new Edge(source, target)));
        Assert.Equal(1, graph.EdgeCount);
        Assert.Single(graph.OutEdges("a"));
        Assert.Empty(graph.InEdges("a"));
        Assert.False(graph.ContainsVertex("z"));
    }

    [Fact]
    public void OutAndInEdgesFollowDirection()
    {
        var graph = TestGraphs.Build("a b c", "a>b", "c>b", "b>c");

        Assert.Equal(new[] { "b" }, graph.OutEdges("a").Select(edge => edge.Target));
        Assert.Empty(graph.InEdges("a"));
        Assert.Equal(new[] { "a", "c" }, graph.InEdges("b").Select(edge => edge.Source));
        Assert.Equal(new[] { "c" }, graph.OutEdges("b").Select(edge => edge.Target));
        Assert.Equal(new[] { "b" }, graph.InEdges("c").Select(edge => edge.Source));
    }

    [Fact]
    public void ParallelEdgesAreAllKept()
    {
        var graph = TestGraphs.Build("a b");
        var first = new Edge("a", "b", "co_mention");
        var second = new Edge("a", "b", "works_for");
        var third = new Edge("a", "b", "co_mention");

        graph.AddEdge(first);
        graph.AddEdge(second);
        graph.AddEdge(third);

        Assert.Equal(3, graph.EdgeCount);
        Assert.Equal(new[] { first, second, third }, graph.OutEdges("a"));
        Assert.Equal(new[] { first, second, third }, graph.InEdges("b"));
    }

    [Fact]
    public void DegreeCountsInAndOutEdgesAndASelfLoopTwice()
    {
        var graph = TestGraphs.Build("a b c", "a>b", "a>b", "c>a", "b>b");

        Assert.Equal(2, graph.OutDegree("a"));
        Assert.Equal(1, graph.InDegree("a"));
        Assert.Equal(3, graph.Degree("a"));
        Assert.Equal(1, graph.OutDegree("b"));
        Assert.Equal(3, graph.InDegree("b"));
        Assert.Equal(4, graph.Degree("b"));
        Assert.Equal(1, graph.Degree("c"));
    }

    [Fact]
    public void IsolatedVertexHasNoEdges()
    {
        var graph = TestGraphs.Build("a b", "a>a");

        Assert.Empty(graph.OutEdges("b"));
        Assert.Empty(graph.InEdges("b"));
        Assert.Equal(0, graph.Degree("b"));
    }

    [Fact]
    public void QueryingAnUnknownVertexThrows()
    {
        var graph = TestGraphs.Build("a");

        Assert.Throws<ArgumentException>(() => graph.OutEdges("z"));
        Assert.Throws<ArgumentException>(() => graph.InEdges("z"));
        Assert.Throws<ArgumentException>(() => graph.Degree("z"));
    }
}
