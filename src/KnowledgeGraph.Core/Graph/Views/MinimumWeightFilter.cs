namespace KnowledgeGraph.Core.Graph.Views;

/// <summary>
/// Drops the edges lighter than a weight (<c>--min-weight W</c>); an edge of exactly that weight stays. Nodes stay,
/// even those left without edges.
/// </summary>
public static class MinimumWeightFilter
{
    public static EntityGraph Apply(EntityGraph graph, double minimumWeight)
    {
        if (double.IsNaN(minimumWeight))
        {
            throw new ArgumentOutOfRangeException(nameof(minimumWeight), minimumWeight, "The minimum weight must be a number.");
        }

        return Subgraph.WithEdges(graph, edge => edge.Weight >= minimumWeight);
    }
}
