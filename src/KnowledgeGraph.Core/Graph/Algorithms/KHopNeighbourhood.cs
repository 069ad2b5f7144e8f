namespace KnowledgeGraph.Core.Graph.Algorithms;

/// <summary>The vertices within a number of hops of a focus vertex, ignoring edge direction.</summary>
public static class KHopNeighbourhood
{
    /// <summary>
    /// Returns each reachable vertex with its distance from <paramref name="focus"/> (the focus itself at 0),
    /// in breadth-first order.
    /// </summary>
    public static IReadOnlyDictionary<TVertex, int> Compute<TVertex, TEdge>(
        IBidirectionalGraph<TVertex, TEdge> graph, TVertex focus, int hops)
        where TVertex : notnull
        where TEdge : IEdge<TVertex>
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hops);
        if (!graph.ContainsVertex(focus))
        {
            throw new ArgumentException($"Vertex '{focus}' is not in the graph.", nameof(focus));
        }

        var distance = new Dictionary<TVertex, int> { [focus] = 0 };
        var frontier = new Queue<TVertex>();
        frontier.Enqueue(focus);
        while (frontier.Count > 0)
        {
            var vertex = frontier.Dequeue();
            var next = distance[vertex] + 1;
            if (next > hops)
            {
                continue;
            }

            foreach (var neighbour in UndirectedNeighbours.Of(graph, vertex))
            {
                if (distance.TryAdd(neighbour, next))
                {
                    frontier.Enqueue(neighbour);
                }
            }
        }

        return distance;
    }
}
