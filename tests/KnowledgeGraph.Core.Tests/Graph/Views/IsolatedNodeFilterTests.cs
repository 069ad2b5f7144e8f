using KnowledgeGraph.Core.Graph.Views;
using static KnowledgeGraph.Core.Tests.Graph.Views.ViewGraphs;

namespace KnowledgeGraph.Core.Tests.Graph.Views;

public class IsolatedNodeFilterTests
{
    [Fact]
    public void DropsNodesWithoutEdgesAndKeepsTheRest()
    {
        var a = Node(1, "A");
        var b = Node(2, "B");
        var alone = Node(3, "Alone");
        var loop = Node(4, "Loop");
        var graph = Build([a, b, alone, loop], Edge(10, a, b), Edge(11, loop, loop));

        var view = IsolatedNodeFilter.Apply(graph);

        Assert.Equal([1, 2, 4], NodeIds(view));
        Assert.Equal([10, 11], EdgeIds(view));
    }

    [Fact]
    public void AGraphWithoutEdgesBecomesEmpty()
    {
        var view = IsolatedNodeFilter.Apply(Build([Node(1, "A"), Node(2, "B")]));

        Assert.Equal(0, view.VertexCount);
    }
}
