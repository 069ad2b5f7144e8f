using KnowledgeGraph.Core.Graph.Views;
using static KnowledgeGraph.Core.Tests.Graph.Views.ViewGraphs;

namespace KnowledgeGraph.Core.Tests.Graph.Views;

public class CoMentionFilterTests
{
    [Fact]
    public void DropsCoMentionEdgesAndKeepsTypedOnes()
    {
        var view = CoMentionFilter.Apply(News());

        Assert.Equal([14], EdgeIds(view));
    }

    [Fact]
    public void KeepsEveryNodeEvenWithoutEdges()
    {
        var view = CoMentionFilter.Apply(News());

        Assert.Equal([1, 2, 3, 4, 5], NodeIds(view));
    }
}
