using KnowledgeGraph.Core;

namespace KnowledgeGraph.Export.Tests;

public class GraphStyleTests
{
    [Fact]
    public void EveryKindHasItsOwnColourAndShape()
    {
        var kinds = Enum.GetValues<EntityKind>();

        Assert.Equal(kinds.Length, kinds.Select(GraphStyle.ColorOf).Distinct().Count());
        Assert.Equal(kinds.Length, kinds.Select(GraphStyle.DotShapeOf).Distinct().Count());
    }

    [Theory]
    [InlineData(EntityKind.Person, "ellipse")]
    [InlineData(EntityKind.Organization, "box")]
    [InlineData(EntityKind.Place, "house")]
    [InlineData(EntityKind.Event, "diamond")]
    [InlineData(EntityKind.Other, "egg")]
    public void ShapesFollowTheKind(EntityKind kind, string shape)
    {
        Assert.Equal(shape, GraphStyle.DotShapeOf(kind));
    }

    [Fact]
    public void UnknownKindIsStyledAsOther()
    {
        Assert.Equal(GraphStyle.ColorOf(EntityKind.Other), GraphStyle.ColorOf((EntityKind)99));
        Assert.Equal(GraphStyle.DotShapeOf(EntityKind.Other), GraphStyle.DotShapeOf((EntityKind)99));
    }

    [Fact]
    public void HexMatchesChannels()
    {
        Assert.Equal("#0A80FF", new RgbColor(10, 128, 255).Hex);
        Assert.Matches("^#[0-9A-F]{6}$", GraphStyle.ColorOf(EntityKind.Person).Hex);
    }

    [Fact]
    public void NodeSizeGrowsWithMentionsFromTheBase()
    {
        Assert.Equal(GraphStyle.BaseNodeSize, GraphStyle.NodeSize(0));
        Assert.Equal(GraphStyle.BaseNodeSize, GraphStyle.NodeSize(-5));
        Assert.True(GraphStyle.NodeSize(1) < GraphStyle.NodeSize(10));
        Assert.True(GraphStyle.NodeSize(10) < GraphStyle.NodeSize(1000));
        Assert.Equal(15, GraphStyle.NodeSize(1));
    }

    [Theory]
    [InlineData(0.5, 1)]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(8, 4)]
    [InlineData(1e9, GraphStyle.MaxPenWidth)]
    [InlineData(double.PositiveInfinity, GraphStyle.MaxPenWidth)]
    [InlineData(double.NaN, 1)]
    [InlineData(-3, 1)]
    public void PenWidthIsLogarithmicAndBounded(double weight, double expected)
    {
        Assert.Equal(expected, GraphStyle.PenWidth(weight));
    }
}
