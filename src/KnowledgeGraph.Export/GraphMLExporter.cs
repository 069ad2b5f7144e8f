using System.Xml;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Export;

/// <summary>
/// Writes the graph as GraphML for Gephi, networkx, yEd and Cytoscape.
/// </summary>
/// <remarks>
/// Every attribute has one typed <c>&lt;key&gt;</c> per domain ("n_…" for nodes, "e_…" for edges): Gephi drops keys
/// without <c>attr.type</c> and keys declared <c>for="all"</c>. The attribute names label, weight, r, g, b and size
/// are the ones Gephi maps onto its own label, edge weight, colour and size. Text is passed through
/// <see cref="XmlTextSanitizer"/>; carriage returns are written as character references so they survive parsing.
/// first_seen and last_seen are ISO dates typed as strings, because GraphML has no date type; so is event_date,
/// which holds only the part of the date the text states ("2025-09-03", "2025-09", "2025", with date_precision saying
/// which). The event attributes are written for event nodes only, each when known. evidence_count, the number of
/// sentences that support an edge, is on every edge.
/// <para>
/// The graph is directed (<c>edgedefault="directed"</c>) and so is every edge, symmetric kinds included (co_mention
/// and met_with, see <see cref="RelationKinds.IsSymmetric"/>), which the store keeps once with the smaller id as
/// source. An edge of its own marked <c>directed="false"</c> would be truer to them, but networkx rejects the whole
/// file for it; readers tell symmetric relations by their kind.
/// </para>
/// </remarks>
public sealed class GraphMLExporter : IGraphExporter
{
    private const string GraphMLNamespace = "http://graphml.graphdrawing.org/xmlns";
    private const string SchemaUrl = "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

    private static readonly GraphMLKey NodeLabel = new("n_label", "node", "label", "string");
    private static readonly GraphMLKey NodeKind = new("n_kind", "node", "kind", "string");
    private static readonly GraphMLKey NodeMentionCount = new("n_mention_count", "node", "mention_count", "int");
    private static readonly GraphMLKey NodeDocumentCount = new("n_document_count", "node", "document_count", "int");
    private static readonly GraphMLKey NodeAliases = new("n_aliases", "node", "aliases", "string");
    private static readonly GraphMLKey NodeFirstSeen = new("n_first_seen", "node", "first_seen", "string");
    private static readonly GraphMLKey NodeLastSeen = new("n_last_seen", "node", "last_seen", "string");
    private static readonly GraphMLKey NodeEventType = new("n_event_type", "node", "event_type", "string");
    private static readonly GraphMLKey NodeEventDate = new("n_event_date", "node", "event_date", "string");
    private static readonly GraphMLKey NodeDatePrecision = new("n_date_precision", "node", "date_precision", "string");
    private static readonly GraphMLKey NodeDateBasis = new("n_date_basis", "node", "date_basis", "string");
    private static readonly GraphMLKey NodeRed = new("n_r", "node", "r", "int");
    private static readonly GraphMLKey NodeGreen = new("n_g", "node", "g", "int");
    private static readonly GraphMLKey NodeBlue = new("n_b", "node", "b", "int");
    private static readonly GraphMLKey NodeSize = new("n_size", "node", "size", "double");
    private static readonly GraphMLKey EdgeLabel = new("e_label", "edge", "label", "string");
    private static readonly GraphMLKey EdgeKind = new("e_kind", "edge", "kind", "string");
    private static readonly GraphMLKey EdgeWeight = new("e_weight", "edge", "weight", "double");
    private static readonly GraphMLKey EdgeDocumentCount = new("e_document_count", "edge", "document_count", "int");
    private static readonly GraphMLKey EdgeEvidenceCount = new("e_evidence_count", "edge", "evidence_count", "int");
    private static readonly GraphMLKey EdgeEvidence = new("e_evidence", "edge", "evidence", "string");
    private static readonly GraphMLKey EdgeFirstSeen = new("e_first_seen", "edge", "first_seen", "string");
    private static readonly GraphMLKey EdgeLastSeen = new("e_last_seen", "edge", "last_seen", "string");

    private static readonly GraphMLKey[] Keys =
    [
        NodeLabel, NodeKind, NodeMentionCount, NodeDocumentCount, NodeAliases, NodeFirstSeen, NodeLastSeen,
        NodeEventType, NodeEventDate, NodeDatePrecision, NodeDateBasis,
        NodeRed, NodeGreen, NodeBlue, NodeSize,
        EdgeLabel, EdgeKind, EdgeWeight, EdgeDocumentCount, EdgeEvidenceCount, EdgeEvidence, EdgeFirstSeen, EdgeLastSeen,
    ];

    public string FormatName => "GraphML";

    public string FileExtension => ".graphml";

    public void Write(IVertexAndEdgeSet<EntityNode, RelationEdge> graph, Stream output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);

        using (var xml = XmlExportOutput.Create(output))
        {
            XmlExportOutput.StartRoot(xml, "graphml", GraphMLNamespace, SchemaUrl);
            foreach (var key in Keys)
            {
                WriteKey(xml, key);
            }

            xml.WriteStartElement("graph");
            xml.WriteAttributeString("id", "G");
            xml.WriteAttributeString("edgedefault", "directed");
            foreach (var node in graph.Vertices)
            {
                WriteNode(xml, node);
            }

            foreach (var edge in graph.Edges)
            {
                WriteEdge(xml, edge);
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        XmlExportOutput.Finish(output);
    }

    private static void WriteKey(XmlWriter xml, GraphMLKey key)
    {
        xml.WriteStartElement("key");
        xml.WriteAttributeString("id", key.Id);
        xml.WriteAttributeString("for", key.Domain);
        xml.WriteAttributeString("attr.name", key.Name);
        xml.WriteAttributeString("attr.type", key.Type);
        xml.WriteEndElement();
    }

    private static void WriteNode(XmlWriter xml, EntityNode node)
    {
        var color = GraphStyle.ColorOf(node.Kind);
        xml.WriteStartElement("node");
        xml.WriteAttributeString("id", ExportIds.Node(node));
        WriteData(xml, NodeLabel, node.Name);
        WriteData(xml, NodeKind, node.Kind.ToName());
        WriteData(xml, NodeMentionCount, InvariantNumber.Format(node.MentionCount));
        WriteData(xml, NodeDocumentCount, InvariantNumber.Format(node.DocumentCount));
        WriteOptionalData(xml, NodeAliases, DisplayText.Aliases(node));
        WriteOptionalData(xml, NodeFirstSeen, IsoDate.Format(node.FirstSeen));
        WriteOptionalData(xml, NodeLastSeen, IsoDate.Format(node.LastSeen));
        WriteOptionalData(xml, NodeEventType, node.Event?.EventType);
        WriteOptionalData(xml, NodeEventDate, node.Event?.DateText);
        WriteOptionalData(xml, NodeDatePrecision, node.Event?.DatePrecision);
        WriteOptionalData(xml, NodeDateBasis, node.Event?.DateBasis);
        WriteData(xml, NodeRed, InvariantNumber.Format(color.R));
        WriteData(xml, NodeGreen, InvariantNumber.Format(color.G));
        WriteData(xml, NodeBlue, InvariantNumber.Format(color.B));
        WriteData(xml, NodeSize, InvariantNumber.Format(GraphStyle.NodeSize(node.MentionCount)));
        xml.WriteEndElement();
    }

    private static void WriteEdge(XmlWriter xml, RelationEdge edge)
    {
        xml.WriteStartElement("edge");
        xml.WriteAttributeString("id", ExportIds.Edge(edge));
        xml.WriteAttributeString("source", ExportIds.Node(edge.Source));
        xml.WriteAttributeString("target", ExportIds.Node(edge.Target));
        WriteData(xml, EdgeLabel, DisplayText.EdgeLabel(edge));
        WriteData(xml, EdgeKind, edge.Kind);
        WriteData(xml, EdgeWeight, InvariantNumber.Format(edge.Weight));
        WriteData(xml, EdgeDocumentCount, InvariantNumber.Format(edge.DocumentCount));
        WriteData(xml, EdgeEvidenceCount, InvariantNumber.Format(edge.EvidenceCount));
        WriteOptionalData(xml, EdgeEvidence, edge.Evidence);
        WriteOptionalData(xml, EdgeFirstSeen, IsoDate.Format(edge.FirstSeen));
        WriteOptionalData(xml, EdgeLastSeen, IsoDate.Format(edge.LastSeen));
        xml.WriteEndElement();
    }

    private static void WriteData(XmlWriter xml, GraphMLKey key, string value) => WriteCleanData(xml, key, XmlTextSanitizer.Clean(value));

    private static void WriteCleanData(XmlWriter xml, GraphMLKey key, string cleanText)
    {
        xml.WriteStartElement("data");
        xml.WriteAttributeString("key", key.Id);
        xml.WriteString(cleanText);
        xml.WriteEndElement();
    }

    /// <summary>Leaves out a value that is missing or cleans to nothing (<see cref="OptionalText"/>).</summary>
    private static void WriteOptionalData(XmlWriter xml, GraphMLKey key, string? value)
    {
        if (OptionalText.Clean(value) is { } cleaned)
        {
            WriteCleanData(xml, key, cleaned);
        }
    }

    /// <param name="Domain">GraphML's <c>for</c>: "node" or "edge", never "all", which Gephi ignores.</param>
    private sealed record GraphMLKey(string Id, string Domain, string Name, string Type);
}
