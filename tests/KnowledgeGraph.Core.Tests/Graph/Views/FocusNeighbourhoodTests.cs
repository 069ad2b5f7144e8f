using KnowledgeGraph.Core.Graph.Views;
using static KnowledgeGraph.Core.Tests.Graph.Views.ViewGraphs;

namespace KnowledgeGraph.Core.Tests.Graph.Views;

public class FocusNeighbourhoodTests
{
    [Fact]
    public void ZeroHopsKeepsTheFocusAlone()
    {
        var graph = News();

        var view = FocusNeighbourhood.Apply(graph, FocusNeighbourhood.Resolve(graph, graph.Vertices, "Marco Rubio"), 0);

        Assert.Equal([1], NodeIds(view));
        Assert.Equal(0, view.EdgeCount);
    }

    [Fact]
    public void OneHopFollowsEdgesBothWaysAndKeepsTheEdgesAmongTheNodes()
    {
        // State Department is reached from Washington against the direction of edge 11.
        var graph = News();

        var view = FocusNeighbourhood.Apply(graph, FocusNeighbourhood.Resolve(graph, graph.Vertices, "Washington"), 1);

        Assert.Equal([2, 3], NodeIds(view));
        Assert.Equal([11], EdgeIds(view));
    }

    [Fact]
    public void AnEdgeBetweenTwoNeighboursStays()
    {
        var focus = Node(1, "Focus");
        var left = Node(2, "Left");
        var right = Node(3, "Right");
        var far = Node(4, "Far");
        var graph = Build([focus, left, right, far], Edge(10, focus, left), Edge(11, right, focus), Edge(12, left, right), Edge(13, right, far));

        var view = FocusNeighbourhood.Apply(graph, focus, 1);

        Assert.Equal([1, 2, 3], NodeIds(view));
        Assert.Equal([10, 11, 12], EdgeIds(view));
    }

    [Fact]
    public void TwoHopsReachFurtherInTheOriginalOrder()
    {
        var graph = News();

        var view = FocusNeighbourhood.Apply(graph, FocusNeighbourhood.Resolve(graph, graph.Vertices, "Sheinbaum"), 2);

        Assert.Equal([1, 2, 4, 5], NodeIds(view));
        Assert.Equal([10, 12, 13, 14], EdgeIds(view));
    }

    [Fact]
    public void AnUnknownNameIsAnErrorThatSuggestsCloseNames()
    {
        var graph = News();

        var error = Assert.Throws<FocusResolutionException>(() => FocusNeighbourhood.Resolve(graph, graph.Vertices, "Marcos Rubio"));

        Assert.Equal(FocusProblem.Unknown, error.Problem);
        Assert.Contains("no entity is called 'Marcos Rubio'", error.Message);
        Assert.Contains("Marco Rubio (person, #1)", error.Message);
    }

    [Fact]
    public void AnUnknownNameWithNothingCloseSaysSo()
    {
        var graph = News();

        var error = Assert.Throws<FocusResolutionException>(() => FocusNeighbourhood.Resolve(graph, graph.Vertices, "Zed"));

        Assert.Empty(error.Candidates);
        Assert.DoesNotContain("Did you mean", error.Message);
    }

    [Fact]
    public void AnAmbiguousNameIsAnErrorListingTheCandidatesWithTheirIds()
    {
        var city = Node(1, "Washington", EntityKind.Place);
        var person = Node(2, "Washington", EntityKind.Person);
        var graph = Build([city, person]);

        var error = Assert.Throws<FocusResolutionException>(() => FocusNeighbourhood.Resolve(graph, graph.Vertices, "Washington"));

        Assert.Equal(FocusProblem.Ambiguous, error.Problem);
        Assert.Equal([1, 2], error.Candidates.Select(node => node.Id));
        Assert.Contains("Washington (place, #1); Washington (person, #2)", error.Message);
        Assert.Contains("'#1'", error.Message);
    }

    [Fact]
    public void AnAmbiguousNameOnlyOneOfWhoseEntitiesIsInTheViewMeansThatOne()
    {
        var city = Node(1, "Washington", EntityKind.Place);
        var person = Node(2, "Washington", EntityKind.Person);
        var whole = Build([city, person]);
        var people = KindFilter.Apply(whole, [EntityKind.Person]);

        Assert.Equal(2, FocusNeighbourhood.Resolve(people, whole.Vertices, "Washington").Id);
    }

    [Fact]
    public void AnAliasInTheViewWinsOverAnExactNameOutsideIt()
    {
        var city = Node(1, "Washington", EntityKind.Place);
        var person = Node(2, "George Washington", EntityKind.Person, aliases: "Washington");
        var whole = Build([city, person]);
        var people = KindFilter.Apply(whole, [EntityKind.Person]);

        Assert.Equal(2, FocusNeighbourhood.Resolve(people, whole.Vertices, "Washington").Id);
        Assert.Equal(1, FocusNeighbourhood.Resolve(whole, whole.Vertices, "Washington").Id);
    }

    [Fact]
    public void AnEntityAnEarlierOptionRemovedIsReportedAsRemovedNotUnknown()
    {
        var whole = News();
        var places = KindFilter.Apply(whole, [EntityKind.Place]);

        var error = Assert.Throws<FocusResolutionException>(() => FocusNeighbourhood.Resolve(places, whole.Vertices, "Marco Rubio"));

        Assert.Equal(FocusProblem.RemovedByEarlierOption, error.Problem);
        Assert.Contains("Marco Rubio (person, #1) is not in the view", error.Message);
    }

    [Fact]
    public void NegativeHopsAreRejected()
    {
        var graph = News();

        Assert.Throws<ArgumentOutOfRangeException>(() => FocusNeighbourhood.Apply(graph, graph.Vertices.First(), -1));
    }
}
