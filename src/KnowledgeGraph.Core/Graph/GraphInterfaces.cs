namespace KnowledgeGraph.Core.Graph;

/// <summary>A graph whose vertices can be enumerated and whose out-edges can be followed.</summary>
public interface IVertexListGraph<TVertex, TEdge>
    where TVertex : notnull
    where TEdge : IEdge<TVertex>
{
    int VertexCount { get; }

    IEnumerable<TVertex> Vertices { get; }

    bool ContainsVertex(TVertex vertex);

    IReadOnlyList<TEdge> OutEdges(TVertex vertex);
}

/// <summary>A graph that can also follow edges backwards and enumerate every edge.</summary>
public interface IBidirectionalGraph<TVertex, TEdge> : IVertexListGraph<TVertex, TEdge>
    where TVertex : notnull
    where TEdge : IEdge<TVertex>
{
    int EdgeCount { get; }

    IEnumerable<TEdge> Edges { get; }

    IReadOnlyList<TEdge> InEdges(TVertex vertex);
}
