namespace KnowledgeGraph.Export.Tests;

public class DotLayoutTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(DotLayout.MaxNodesForDot)]
    public void SmallGraphsGetDot(int nodeCount) => Assert.Same(DotLayout.Dot, DotLayout.For(nodeCount));

    [Theory]
    [InlineData(DotLayout.MaxNodesForDot + 1)]
    [InlineData(1_000)]
    [InlineData(1_000_000)]
    public void GraphsBeyondTheThresholdGetSfdp(int nodeCount) => Assert.Same(DotLayout.Sfdp, DotLayout.For(nodeCount));

    [Fact]
    public void EveryLayoutNamesItsEngineFirst()
    {
        Assert.Equal(["dot", "sfdp", "neato"], DotLayout.All.Select(layout => layout.Engine));
        Assert.All(DotLayout.All, layout => Assert.Equal(("layout", layout.Engine), layout.GraphAttributes[0]));
    }

    [Fact]
    public void DotKeepsItsOwnDefaults() => Assert.Equal([("layout", "dot")], DotLayout.Dot.GraphAttributes);

    [Fact]
    public void ForceDirectedLayoutsRemoveOverlapsDrawStraightEdgesAndPutNodesOnTop()
    {
        foreach (var layout in new[] { DotLayout.Sfdp, DotLayout.Neato })
        {
            Assert.Equal(
                [("layout", layout.Engine), ("overlap", "prism"), ("splines", "line"), ("outputorder", "edgesfirst")],
                layout.GraphAttributes);
        }
    }
}
