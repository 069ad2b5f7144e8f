namespace KnowledgeGraph.Core.Graph.Algorithms;

/// <summary>Weakly connected components: groups of vertices linked by edges in either direction.</summary>
public static class ConnectedComponents
{
    /// <summary>
    /// Maps every vertex to a component number. Components are numbered 0, 1, ... in the order their first
    /// vertex was added to the graph, so the numbering is deterministic.
    /// </summary>
    public static IReadOnlyDictionary<TVertex, int> Compute<TVertex, TEdge>(IBidirectionalGraph<TVertex, TEdge> graph)
        where TVertex : notnull
        where TEdge : IEdge<TVertex>
    {
        var component = new Dictionary<TVertex, int>(graph.VertexCount);
        var pending = new Stack<TVertex>();
        var next = 0;
        foreach (var start in graph.Vertices)
        {
            if (component.ContainsKey(start))
            {
                continue;
            }

            component[start] = next;
            pending.Push(start);
            while (pending.Count > 0)
            {
                foreach (var neighbour in UndirectedNeighbours.Of(graph, pending.Pop()))
                {
                    if (component.TryAdd(neighbour, next))
                    {
                        pending.Push(neighbour);
                    }
                }
            }

            next++;
        }

        return component;
    }
}
