using KnowledgeGraph.Core.Graph.Views;
using static KnowledgeGraph.Core.Tests.Graph.Views.ViewGraphs;

namespace KnowledgeGraph.Core.Tests.Graph.Views;

public class GraphViewTests
{
    [Fact]
    public void AViewWithoutOptionsIsTheWholeGraph()
    {
        var graph = News();
        var view = new GraphView();

        Assert.True(view.IsWholeGraph);
        Assert.True((view with { Hops = 3, Ranking = NodeRanking.PageRank }).IsWholeGraph);
        Assert.False((view with { CollapseParallelEdges = true }).IsWholeGraph);
        Assert.Same(graph, view.Apply(graph));
    }

    [Fact]
    public void KindsComeBeforeTheFocusSoTheyPickAmongSharedNames()
    {
        var city = Node(1, "Washington", EntityKind.Place);
        var person = Node(2, "Washington", EntityKind.Person);
        var friend = Node(3, "Friend");
        var graph = Build([city, person, friend], Edge(10, person, friend), Edge(11, city, friend));

        var view = new GraphView { Kinds = [EntityKind.Person], FocusName = "Washington" }.Apply(graph);

        Assert.Equal([2, 3], NodeIds(view));
        Assert.Equal([10], EdgeIds(view));
    }

    [Fact]
    public void EdgeFiltersComeBeforeTheFocusSoHopsFollowOnlyTheKeptEdges()
    {
        // Without co-mentions, Rubio's only edge is the typed "met" to Sheinbaum.
        var view = new GraphView { WithoutCoMention = true, FocusName = "Rubio", Hops = 2 }.Apply(News());

        Assert.Equal([1, 4], NodeIds(view));
        Assert.Equal([14], EdgeIds(view));
    }

    [Fact]
    public void EdgeFiltersKeepIsolatedNodesUnlessAskedToDropThem()
    {
        var kept = new GraphView { MinimumWeight = 3 }.Apply(News());
        var dropped = new GraphView { MinimumWeight = 3, WithoutIsolatedNodes = true }.Apply(News());

        Assert.Equal([1, 2, 3, 4, 5], NodeIds(kept));
        Assert.Equal([1, 2, 4, 5], NodeIds(dropped));
        Assert.Equal([10, 13], EdgeIds(dropped));
    }

    [Fact]
    public void TheMinimumWeightIsAppliedBeforeCollapsingSoLightParallelEdgesDoNotAddUp()
    {
        // Rubio–Sheinbaum has edges of weight 2 and 1: collapsed they would weigh 3, but the 1 goes first.
        var view = new GraphView { MinimumWeight = 2, CollapseParallelEdges = true }.Apply(News());

        var rubioSheinbaum = view.Edges.Single(edge => edge.Id == 12);
        Assert.Equal(2, rubioSheinbaum.Weight);
        Assert.Equal("co_mention", rubioSheinbaum.Kind);
    }

    [Fact]
    public void TopRanksWithinTheFocusNeighbourhoodAndKeepsTheFocus()
    {
        // Around Washington (degree 1) one hop holds State Department (degree 1 there, too): a tie that the id
        // would give to State Department, but the focus is kept.
        var view = new GraphView { FocusName = "Washington", Hops = 1, Top = 1 }.Apply(News());

        Assert.Equal([3], NodeIds(view));
    }

    [Fact]
    public void HopsZeroWithTopGivesTheFocusAlone()
    {
        var view = new GraphView { FocusName = "Claudia Sheinbaum", Hops = 0, Top = 3, Ranking = NodeRanking.PageRank }.Apply(News());

        Assert.Equal([4], NodeIds(view));
    }

    [Fact]
    public void AViewCanBeEmpty()
    {
        var view = new GraphView { Kinds = [EntityKind.Event] }.Apply(News());

        Assert.Equal(0, view.VertexCount);
        Assert.Equal(0, view.EdgeCount);
    }

    [Fact]
    public void AnUnknownFocusIsReportedWithCandidates()
    {
        var error = Assert.Throws<FocusResolutionException>(() => new GraphView { FocusName = "Rubios Marco" }.Apply(News()));

        Assert.Equal(FocusProblem.Unknown, error.Problem);
        Assert.Equal([1], error.Candidates.Select(node => node.Id));
    }

    [Fact]
    public void AFocusRemovedByTheKindsIsReportedAsRemoved()
    {
        var error = Assert.Throws<FocusResolutionException>(() => new GraphView { Kinds = [EntityKind.Place], FocusName = "Marco Rubio" }.Apply(News()));

        Assert.Equal(FocusProblem.RemovedByEarlierOption, error.Problem);
    }

    [Fact]
    public void TheSameViewOfTheSameGraphGivesTheSameNodesAndEdgesInTheSameOrder()
    {
        var view = new GraphView { Kinds = [EntityKind.Person, EntityKind.Organization, EntityKind.Place], FocusName = "Rubio", Hops = 2, Top = 4, Ranking = NodeRanking.PageRank, CollapseParallelEdges = true };

        var first = view.Apply(News());
        var second = view.Apply(News());

        Assert.Equal(first.Vertices, second.Vertices);
        Assert.Equal(first.Edges, second.Edges);
        Assert.Equal(NodeIds(first), NodeIds(first).Order());
    }

    [Fact]
    public void NegativeHopsOrTopAreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new GraphView { FocusName = "Rubio", Hops = -1 }.Apply(News()));
        Assert.Throws<ArgumentOutOfRangeException>(() => new GraphView { Top = -1 }.Apply(News()));
    }

    [Fact]
    public void TheTimeWindowComesBeforeTheFocus()
    {
        // Rubio's link to Sheinbaum is from May only: in a March view, his one hop is the State Department.
        var graph = News();
        var march = new DateOnly(2025, 3, 1);
        var may = new DateOnly(2025, 5, 1);
        var dated = Build(
            graph.Vertices.Select(node => node with { FirstSeen = march, LastSeen = may }),
            [.. graph.Edges.Select(edge => edge with { FirstSeen = edge.Id is 12 or 14 ? may : march, LastSeen = edge.Id is 12 or 14 ? may : march })]);

        var view = new GraphView { Until = new DateOnly(2025, 3, 31), FocusName = "Marco Rubio" }.Apply(dated);

        Assert.Equal([1, 2], NodeIds(view));
        Assert.Equal([10], EdgeIds(view));
    }
}
