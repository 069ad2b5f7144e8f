using KnowledgeGraph.Core.Graph.Algorithms;

namespace KnowledgeGraph.Core.Tests.Graph.Algorithms;

public class ConnectedComponentsTests
{
    [Fact]
    public void EmptyGraphHasNoComponents()
    {
        Assert.Empty(ConnectedComponents.Compute(TestGraphs.Build(string.Empty)));
    }

    [Fact]
    public void EdgesJoinComponentsInEitherDirection()
    {
        // b → a and b → c: a and c reach each other only against an edge, which weak connectivity allows.
        var graph = TestGraphs.Build("a b c d e f", "b>a", "b>c", "e>d", "f>f");

        var components = ConnectedComponents.Compute(graph);

        Assert.Equal(6, components.Count);
        Assert.Equal(components["a"], components["b"]);
        Assert.Equal(components["a"], components["c"]);
        Assert.Equal(components["d"], components["e"]);
        Assert.NotEqual(components["a"], components["d"]);
        Assert.NotEqual(components["d"], components["f"]);
    }

    [Fact]
    public void ComponentsAreNumberedInOrderOfTheirFirstVertex()
    {
        var graph = TestGraphs.Build("x a y b z", "y>x", "b>a");

        var components = ConnectedComponents.Compute(graph);

        Assert.Equal(0, components["x"]);
        Assert.Equal(0, components["y"]);
        Assert.Equal(1, components["a"]);
        Assert.Equal(1, components["b"]);
        Assert.Equal(2, components["z"]);
    }

    [Fact]
    public void ParallelEdgesAndSelfLoopsDoNotSplitOrMergeComponents()
    {
        var graph = TestGraphs.Build("a b c", "a>b", "b>a", "a>b", "c>c");

        var components = ConnectedComponents.Compute(graph);

        Assert.Equal(new[] { 0, 0, 1 }, new[] { components["a"], components["b"], components["c"] });
    }
}
