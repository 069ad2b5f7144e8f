namespace KnowledgeGraph.Core.Graph;

/// <summary>
/// The edges of a graph and how many there are, shaped like QuikGraph's <c>IEdgeSet</c>, without adjacency: a writer
/// that lists edges one after another needs no more, and a source that cannot hold every edge can still offer this.
/// </summary>
public interface IEdgeSet<TVertex, TEdge>
    where TEdge : IEdge<TVertex>
{
    int EdgeCount { get; }

    /// <summary>Every edge once, in the same order on every enumeration.</summary>
    IEnumerable<TEdge> Edges { get; }

    /// <summary>
    /// Whether some edge runs from a vertex to itself. A writer may have to say so before its first edge (graphology
    /// refuses a self-loop its options do not allow), and asking here spares it a pass over <see cref="Edges"/>, which
    /// for a graph streamed from a file means reading every edge and its evidence twice.
    /// </summary>
    bool HasSelfLoops { get; }
}
