using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Export;

/// <summary>
/// Writes an <see cref="EntityGraph"/> in one file format. Each format is its own entry point (as QuikGraph's
/// serializers are), so a caller picks a writer and hands it a graph; no writer ever sees the database.
/// </summary>
public interface IGraphExporter
{
    /// <summary>Human-readable name of the format, e.g. "GraphML".</summary>
    string FormatName { get; }

    /// <summary>Usual file extension, with its leading dot (as <see cref="Path.GetExtension(string)"/> returns it).</summary>
    string FileExtension { get; }

    /// <summary>
    /// Writes <paramref name="graph"/> to <paramref name="output"/> as UTF-8 without a byte-order mark.
    /// The same graph always gives the same bytes. The stream is flushed but left open.
    /// </summary>
    void Write(EntityGraph graph, Stream output);
}
