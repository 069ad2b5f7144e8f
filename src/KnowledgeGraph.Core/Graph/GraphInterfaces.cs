namespace KnowledgeGraph.Core.Graph;

/// <summary>A graph whose vertices can be enumerated and whose out-edges can be followed.</summary>
public interface IVertexListGraph<TVertex, TEdge> : IVertexSet<TVertex>
    where TVertex : notnull
    where TEdge : IEdge<TVertex>
{
    bool ContainsVertex(TVertex vertex);

    IReadOnlyList<TEdge> OutEdges(TVertex vertex);
}

/// <summary>A graph that can also follow edges backwards and enumerate every edge.</summary>
public interface IBidirectionalGraph<TVertex, TEdge> : IVertexListGraph<TVertex, TEdge>, IVertexAndEdgeSet<TVertex, TEdge>
    where TVertex : notnull
    where TEdge : IEdge<TVertex>
{
    IReadOnlyList<TEdge> InEdges(TVertex vertex);
}
