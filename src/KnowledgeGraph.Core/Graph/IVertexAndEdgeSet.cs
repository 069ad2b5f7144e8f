namespace KnowledgeGraph.Core.Graph;

/// <summary>
/// Vertices and edges to be listed, nothing to be followed: the narrowest graph the exporters need, as QuikGraph's
/// <c>IVertexAndEdgeSet</c> is for its serializers. The in-memory graph and its views offer it, and so does a graph
/// read from the database while it is written out, which never holds all of its edges at once.
/// </summary>
/// <remarks>
/// Every edge's ends are among <see cref="IVertexSet{TVertex}.Vertices"/>. Either sequence may be enumerated more than
/// once and gives the same items in the same order each time, but an enumeration may read its source afresh (a file
/// rather than a list), so code that takes this interface walks each sequence as few times as it can.
/// </remarks>
public interface IVertexAndEdgeSet<TVertex, TEdge> : IVertexSet<TVertex>, IEdgeSet<TVertex, TEdge>
    where TEdge : IEdge<TVertex>
{
}
