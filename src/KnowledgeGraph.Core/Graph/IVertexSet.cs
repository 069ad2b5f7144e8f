namespace KnowledgeGraph.Core.Graph;

/// <summary>
/// The vertices of a graph and how many there are, shaped like QuikGraph's <c>IVertexSet</c>: all that a writer which
/// lists the vertices needs, and so all that a graph streamed from a file has to offer for it.
/// </summary>
public interface IVertexSet<TVertex>
{
    int VertexCount { get; }

    /// <summary>Every vertex once, in the same order on every enumeration.</summary>
    IEnumerable<TVertex> Vertices { get; }
}
