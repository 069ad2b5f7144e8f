using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Export;

/// <summary>
/// Writes a graph of entities and relations in one file format. Each format is its own entry point (as QuikGraph's
/// serializers are), so a caller picks a writer and hands it a graph; no writer ever sees the database.
/// </summary>
/// <remarks>
/// A writer takes the narrowest graph it can work from, <see cref="IVertexAndEdgeSet{TVertex, TEdge}"/>, so that the
/// caller may hand it the in-memory <see cref="EntityGraph"/>, a view of it, or a graph streamed from the database
/// whose edges are never all in memory. Writers walk the nodes and then the edges once each, plus at most one early
/// pass over each where the format states something about the whole graph before its first node (GEXF's mode, the DOT
/// legend), because each pass over a streamed graph reads the database again.
/// </remarks>
public interface IGraphExporter
{
    /// <summary>Human-readable name of the format, e.g. "GraphML".</summary>
    string FormatName { get; }

    /// <summary>Usual file extension, with its leading dot (as <see cref="Path.GetExtension(string)"/> returns it).</summary>
    string FileExtension { get; }

    /// <summary>
    /// Writes <paramref name="graph"/> to <paramref name="output"/> as UTF-8 without a byte-order mark, its nodes and
    /// edges in the order the graph lists them. The same graph always gives the same bytes, whichever implementation
    /// of the interface holds it. The stream is flushed but left open.
    /// </summary>
    void Write(IVertexAndEdgeSet<EntityNode, RelationEdge> graph, Stream output);
}
