namespace KnowledgeGraph.Core.Graph.Algorithms;

/// <summary>
/// Neighbours of a vertex ignoring edge direction, in a stable order (out-edges first, then in-edges).
/// The knowledge graph's co-mention edges are undirected in meaning, so every traversal here ignores direction.
/// </summary>
internal static class UndirectedNeighbours
{
    public static IEnumerable<TVertex> Of<TVertex, TEdge>(IBidirectionalGraph<TVertex, TEdge> graph, TVertex vertex)
        where TVertex : notnull
        where TEdge : IEdge<TVertex> =>
        IncidentEdges(graph, vertex).Select(incident => incident.Neighbour);

    /// <summary>
    /// Every edge that touches <paramref name="vertex"/> with the vertex at its other end, in the order of
    /// <see cref="Of"/>; a self-loop appears twice, once as an out-edge and once as an in-edge.
    /// </summary>
    public static IEnumerable<(TEdge Edge, TVertex Neighbour)> IncidentEdges<TVertex, TEdge>(
        IBidirectionalGraph<TVertex, TEdge> graph, TVertex vertex)
        where TVertex : notnull
        where TEdge : IEdge<TVertex>
    {
        foreach (var edge in graph.OutEdges(vertex))
        {
            yield return (edge, edge.Target);
        }

        foreach (var edge in graph.InEdges(vertex))
        {
            yield return (edge, edge.Source);
        }
    }
}
