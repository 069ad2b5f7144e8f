using System.Text;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Export.Tests;

/// <summary>Runs an exporter into memory.</summary>
internal static class ExportOutput
{
    public static byte[] Bytes(IGraphExporter exporter, EntityGraph graph)
    {
        using var stream = new MemoryStream();
        exporter.Write(graph, stream);
        return stream.ToArray();
    }

    /// <summary>The export decoded strictly, so that invalid UTF-8 fails the test instead of turning into U+FFFD.</summary>
    public static string Text(IGraphExporter exporter, EntityGraph graph) =>
        new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(Bytes(exporter, graph));
}
