using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Graph.Views;
using static KnowledgeGraph.Core.Tests.Graph.Views.ViewGraphs;

namespace KnowledgeGraph.Core.Tests.Graph.Views;

public class TimeWindowFilterTests
{
    private static readonly DateOnly March1 = new(2025, 3, 1);
    private static readonly DateOnly March10 = new(2025, 3, 10);
    private static readonly DateOnly April1 = new(2025, 4, 1);
    private static readonly DateOnly May1 = new(2025, 5, 1);

    [Theory]
    [InlineData("2025-03-05", "2025-03-06", true)] // inside the range
    [InlineData("2025-02-01", "2025-03-01", true)] // ends on its first day: both days count
    [InlineData("2025-03-10", "2025-12-31", true)] // starts on its last day
    [InlineData("2025-02-01", "2025-02-28", false)] // before
    [InlineData("2025-03-11", "2025-04-01", false)] // after
    [InlineData("2025-01-01", "2025-12-31", true)] // around it
    public void AnEntityStaysWhenItsRangeOverlapsTheWindow(string since, string until, bool stays)
    {
        var graph = Build([Dated(Node(1, "A"), March1, March10)]);

        var view = TimeWindowFilter.Apply(graph, DateOnly.Parse(since), DateOnly.Parse(until));

        Assert.Equal(stays ? 1 : 0, view.VertexCount);
    }

    [Fact]
    public void SwappedDatesAreReadInOrderAsTheExportsReadThem()
    {
        var graph = Build([Dated(Node(1, "A"), May1, March1)]);

        Assert.Equal([1], NodeIds(TimeWindowFilter.Apply(graph, April1, April1)));
    }

    [Fact]
    public void EitherEndMayBeOpen()
    {
        var graph = Build([Dated(Node(1, "March"), March1, March10), Dated(Node(2, "May"), May1, May1)]);

        Assert.Equal([2], NodeIds(TimeWindowFilter.Apply(graph, April1, null)));
        Assert.Equal([1], NodeIds(TimeWindowFilter.Apply(graph, null, April1)));
    }

    [Fact]
    public void WhatNoDatedArticleSupportsGoes()
    {
        var graph = Build([Node(1, "Undated"), Dated(Node(2, "Dated"), March1, March1), Node(3, "Half dated") with { LastSeen = March1 }]);

        Assert.Equal([2, 3], NodeIds(TimeWindowFilter.Apply(graph, March1, March10)));
    }

    [Fact]
    public void AnEdgeGoesWhenItIsOutsideTheWindowButItsEntitiesStay()
    {
        var a = Dated(Node(1, "A"), March1, May1);
        var b = Dated(Node(2, "B"), March1, May1);
        var graph = Build([a, b], Edge(10, a, b) with { FirstSeen = May1, LastSeen = May1 }, Edge(11, a, b) with { FirstSeen = March1, LastSeen = March10 });

        var view = TimeWindowFilter.Apply(graph, March1, April1);

        Assert.Equal([1, 2], NodeIds(view));
        Assert.Equal([11], EdgeIds(view));
    }

    [Fact]
    public void AnEdgeGoesWithAnEntityOutsideTheWindow()
    {
        var a = Dated(Node(1, "A"), March1, March10);
        var b = Dated(Node(2, "B"), May1, May1);
        var graph = Build([a, b], Edge(10, a, b) with { FirstSeen = March1, LastSeen = May1 });

        var view = TimeWindowFilter.Apply(graph, March1, April1);

        Assert.Equal([1], NodeIds(view));
        Assert.Equal(0, view.EdgeCount);
    }

    [Fact]
    public void AWindowThatEndsBeforeItStartsIsRejected()
    {
        Assert.Throws<ArgumentException>(() => TimeWindowFilter.Apply(Build([]), April1, March1));
    }

    private static EntityNode Dated(EntityNode node, DateOnly first, DateOnly last) => node with { FirstSeen = first, LastSeen = last };
}
