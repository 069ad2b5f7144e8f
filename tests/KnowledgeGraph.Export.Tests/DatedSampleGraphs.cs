using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Export.Tests;

/// <summary>
/// <see cref="SampleGraphs.Small"/> with the dates a store gives: the publication dates of the first and last
/// documents behind each node and edge. The election (node 4) and two edges come only from undated documents.
/// </summary>
internal static class DatedSampleGraphs
{
    public static readonly DateOnly January10 = new(2025, 1, 10);
    public static readonly DateOnly February14 = new(2025, 2, 14);
    public static readonly DateOnly March2 = new(2025, 3, 2);

    private static readonly Dictionary<long, (DateOnly First, DateOnly Last)> NodeDates = new()
    {
        [1] = (January10, March2),
        [2] = (January10, February14),
        [3] = (February14, February14),
        [5] = (March2, March2),
    };

    private static readonly Dictionary<long, (DateOnly First, DateOnly Last)> EdgeDates = new()
    {
        [10] = (January10, February14),
        [11] = (January10, January10),
        [13] = (February14, February14),
        [15] = (March2, March2),
    };

    public static EntityGraph Small()
    {
        var plain = SampleGraphs.Small();
        var nodes = plain.Vertices.ToDictionary(
            node => node.Id,
            node => NodeDates.TryGetValue(node.Id, out var seen) ? node with { FirstSeen = seen.First, LastSeen = seen.Last } : node);

        var graph = new EntityGraph();
        foreach (var node in nodes.Values.OrderBy(node => node.Id))
        {
            graph.AddVertex(node);
        }

        foreach (var edge in plain.Edges)
        {
            var placed = edge with { Source = nodes[edge.Source.Id], Target = nodes[edge.Target.Id] };
            graph.AddEdge(EdgeDates.TryGetValue(edge.Id, out var seen) ? placed with { FirstSeen = seen.First, LastSeen = seen.Last } : placed);
        }

        return graph;
    }
}
