using KnowledgeGraph.Core.Graph.Views;
using static KnowledgeGraph.Core.Tests.Graph.Views.ViewGraphs;

namespace KnowledgeGraph.Core.Tests.Graph.Views;

public class MinimumWeightFilterTests
{
    [Fact]
    public void DropsLighterEdgesAndKeepsOnesOfExactlyTheWeight()
    {
        var view = MinimumWeightFilter.Apply(News(), 2);

        Assert.Equal([10, 12, 13], EdgeIds(view));
    }

    [Fact]
    public void KeepsNodesLeftWithoutEdges()
    {
        var view = MinimumWeightFilter.Apply(News(), 100);

        Assert.Equal([1, 2, 3, 4, 5], NodeIds(view));
        Assert.Equal(0, view.EdgeCount);
    }

    [Fact]
    public void RejectsAWeightThatIsNotANumber()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MinimumWeightFilter.Apply(News(), double.NaN));
    }
}
