using KnowledgeGraph.Core.Graph.Views;
using static KnowledgeGraph.Core.Tests.Graph.Views.ViewGraphs;

namespace KnowledgeGraph.Core.Tests.Graph.Views;

public class KindFilterTests
{
    [Fact]
    public void KeepsTheEntitiesOfTheKindsAndTheEdgesAmongThemInOrder()
    {
        var view = KindFilter.Apply(News(), [EntityKind.Organization, EntityKind.Person]);

        Assert.Equal([1, 2, 4], NodeIds(view));
        Assert.Equal([10, 12, 14], EdgeIds(view));
    }

    [Fact]
    public void NoKindsKeepsNothing()
    {
        var view = KindFilter.Apply(News(), []);

        Assert.Equal(0, view.VertexCount);
        Assert.Equal(0, view.EdgeCount);
    }

    [Fact]
    public void LeavesTheGraphItWasGivenAsItWas()
    {
        var graph = News();

        KindFilter.Apply(graph, [EntityKind.Place]);

        Assert.Equal([1, 2, 3, 4, 5], NodeIds(graph));
        Assert.Equal([10, 11, 12, 13, 14], EdgeIds(graph));
    }
}
