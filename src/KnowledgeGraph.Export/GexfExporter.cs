using System.Xml;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Export;

/// <summary>
/// Writes the graph as GEXF 1.3, Gephi's own format: typed attributes, colour and size in the viz module, and the
/// period each entity and relation was in the news, so that Gephi's timeline plays the story as it unfolded.
/// </summary>
/// <remarks>
/// <para>
/// The graph is <c>mode="dynamic"</c> with <c>timeformat="date"</c> when any node or edge has a date, and each dated
/// element gets one spell from its first to its last publication date (both inclusive, as GEXF 1.3 reads them).
/// Undated elements get no spell, which Gephi and networkx read as "always present". Without any date the graph
/// is static, so Gephi does not offer an empty timeline.
/// </para>
/// <para>
/// Gephi merges edges that join the same two nodes in the same direction unless their <c>kind</c> differs. Two
/// relations between one pair differ by kind or label (the store keeps one row per source, target, kind and label),
/// so the GEXF kind is the relation kind followed by its label when it has one: every relation stays an edge of
/// its own. The plain relation kind is also an edge attribute, for partitioning and for readers that ignore the
/// GEXF kind (networkx keys parallel edges by their id instead).
/// </para>
/// <para>
/// Every edge is directed, as in the GraphML and JSON exports. The symmetric kinds (co_mention and met_with, see
/// <see cref="RelationKinds.IsSymmetric"/>) are stored once with the smaller id as source, so their direction means
/// nothing; they are still not written as <c>type="undirected"</c>, because networkx refuses an undirected edge in a
/// directed graph, and a reader that wants them undirected can tell them by their kind attribute.
/// </para>
/// <para>
/// Event nodes add event_type, event_date (ISO 8601 with only the stated part: "2025-09-03", "2025-09" or "2025"),
/// date_precision ("day", "month", "year") and date_basis ("text" or "inferred"), each left out when unknown, so the
/// other nodes carry none of them. Every edge has evidence_count, the number of sentences that support it.
/// </para>
/// <para>
/// Attribute ids equal their titles, so Gephi's Data Laboratory columns and networkx attribute names read the same
/// as in the GraphML export. Text passes through <see cref="XmlTextSanitizer"/>; line breaks in attribute values are
/// written as character references so that plain XML parsers keep them (a reader validating against the GEXF schema, which
/// types label and kind as tokens, may collapse them). There is no <c>lastmodifieddate</c>: a date of writing
/// would break "same graph, same bytes".
/// </para>
/// </remarks>
public sealed class GexfExporter : IGraphExporter
{
    private const string GexfNamespace = "http://gexf.net/1.3";
    private const string VizNamespace = "http://gexf.net/1.3/viz";
    private const string SchemaUrl = "http://gexf.net/1.3/gexf.xsd";

    private static readonly GexfAttribute NodeKind = new("kind", "string");
    private static readonly GexfAttribute NodeMentionCount = new("mention_count", "integer");
    private static readonly GexfAttribute NodeDocumentCount = new("document_count", "integer");
    private static readonly GexfAttribute NodeAliases = new("aliases", "string");
    private static readonly GexfAttribute NodeFirstSeen = new("first_seen", "string");
    private static readonly GexfAttribute NodeLastSeen = new("last_seen", "string");
    private static readonly GexfAttribute NodeEventType = new("event_type", "string");
    private static readonly GexfAttribute NodeEventDate = new("event_date", "string");
    private static readonly GexfAttribute NodeDatePrecision = new("date_precision", "string");
    private static readonly GexfAttribute NodeDateBasis = new("date_basis", "string");
    private static readonly GexfAttribute EdgeKind = new("kind", "string");
    private static readonly GexfAttribute EdgeDocumentCount = new("document_count", "integer");
    private static readonly GexfAttribute EdgeEvidenceCount = new("evidence_count", "integer");
    private static readonly GexfAttribute EdgeEvidence = new("evidence", "string");
    private static readonly GexfAttribute EdgeFirstSeen = new("first_seen", "string");
    private static readonly GexfAttribute EdgeLastSeen = new("last_seen", "string");

    private static readonly GexfAttribute[] NodeAttributes =
    [
        NodeKind, NodeMentionCount, NodeDocumentCount, NodeAliases, NodeFirstSeen, NodeLastSeen,
        NodeEventType, NodeEventDate, NodeDatePrecision, NodeDateBasis,
    ];

    private static readonly GexfAttribute[] EdgeAttributes =
        [EdgeKind, EdgeDocumentCount, EdgeEvidenceCount, EdgeEvidence, EdgeFirstSeen, EdgeLastSeen];

    public string FormatName => "GEXF";

    public string FileExtension => ".gexf";

    public void Write(IVertexAndEdgeSet<EntityNode, RelationEdge> graph, Stream output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);

        var isDynamic = graph.Vertices.Any(node => SeenPeriod.Of(node) is not null)
            || graph.Edges.Any(edge => SeenPeriod.Of(edge) is not null);

        using (var xml = XmlExportOutput.Create(output))
        {
            // viz is declared on the root so that every viz element uses the one prefix instead of redeclaring it.
            XmlExportOutput.StartRoot(xml, "gexf", GexfNamespace, SchemaUrl, ("viz", VizNamespace));
            xml.WriteAttributeString("version", "1.3");

            xml.WriteStartElement("meta");
            xml.WriteElementString("creator", "kg");
            xml.WriteElementString("description", "People, organizations, places and events named in news articles, linked by the relations the articles support.");
            xml.WriteEndElement();

            xml.WriteStartElement("graph");
            xml.WriteAttributeString("defaultedgetype", "directed");
            xml.WriteAttributeString("mode", isDynamic ? "dynamic" : "static");
            if (isDynamic)
            {
                xml.WriteAttributeString("timeformat", "date");
            }

            WriteDeclarations(xml, "node", NodeAttributes);
            WriteDeclarations(xml, "edge", EdgeAttributes);

            xml.WriteStartElement("nodes");
            xml.WriteAttributeString("count", InvariantNumber.Format(graph.VertexCount));
            foreach (var node in graph.Vertices)
            {
                WriteNode(xml, node);
            }

            xml.WriteEndElement();

            xml.WriteStartElement("edges");
            xml.WriteAttributeString("count", InvariantNumber.Format(graph.EdgeCount));
            foreach (var edge in graph.Edges)
            {
                WriteEdge(xml, edge);
            }

            xml.WriteEndElement();

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        XmlExportOutput.Finish(output);
    }

    private static void WriteDeclarations(XmlWriter xml, string domain, IEnumerable<GexfAttribute> attributes)
    {
        xml.WriteStartElement("attributes");
        xml.WriteAttributeString("class", domain);
        foreach (var attribute in attributes)
        {
            xml.WriteStartElement("attribute");
            xml.WriteAttributeString("id", attribute.Id);
            xml.WriteAttributeString("title", attribute.Id);
            xml.WriteAttributeString("type", attribute.Type);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteNode(XmlWriter xml, EntityNode node)
    {
        xml.WriteStartElement("node");
        xml.WriteAttributeString("id", ExportIds.Node(node));
        xml.WriteAttributeString("label", XmlTextSanitizer.Clean(node.Name));

        xml.WriteStartElement("attvalues");
        WriteValue(xml, NodeKind, node.Kind.ToName());
        WriteValue(xml, NodeMentionCount, InvariantNumber.Format(node.MentionCount));
        WriteValue(xml, NodeDocumentCount, InvariantNumber.Format(node.DocumentCount));
        WriteValue(xml, NodeAliases, DisplayText.Aliases(node));
        WriteValue(xml, NodeFirstSeen, IsoDate.Format(node.FirstSeen));
        WriteValue(xml, NodeLastSeen, IsoDate.Format(node.LastSeen));
        WriteValue(xml, NodeEventType, node.Event?.EventType);
        WriteValue(xml, NodeEventDate, node.Event?.DateText);
        WriteValue(xml, NodeDatePrecision, node.Event?.DatePrecision);
        WriteValue(xml, NodeDateBasis, node.Event?.DateBasis);
        xml.WriteEndElement();

        WriteSpell(xml, SeenPeriod.Of(node));

        var color = GraphStyle.ColorOf(node.Kind);
        xml.WriteStartElement("color", VizNamespace);
        xml.WriteAttributeString("r", InvariantNumber.Format(color.R));
        xml.WriteAttributeString("g", InvariantNumber.Format(color.G));
        xml.WriteAttributeString("b", InvariantNumber.Format(color.B));
        xml.WriteEndElement();

        xml.WriteStartElement("size", VizNamespace);
        xml.WriteAttributeString("value", InvariantNumber.Format(GraphStyle.NodeSize(node.MentionCount)));
        xml.WriteEndElement();

        xml.WriteEndElement();
    }

    private static void WriteEdge(XmlWriter xml, RelationEdge edge)
    {
        xml.WriteStartElement("edge");
        xml.WriteAttributeString("id", ExportIds.Edge(edge));
        xml.WriteAttributeString("source", ExportIds.Node(edge.Source));
        xml.WriteAttributeString("target", ExportIds.Node(edge.Target));
        xml.WriteAttributeString("label", XmlTextSanitizer.Clean(DisplayText.EdgeLabel(edge)));
        // The GEXF kind is unique per relation between one pair of nodes, which keeps Gephi from merging parallel edges.
        xml.WriteAttributeString("kind", XmlTextSanitizer.Clean(DisplayText.KindAndLabel(edge)));
        xml.WriteAttributeString("weight", InvariantNumber.Format(edge.Weight));

        xml.WriteStartElement("attvalues");
        WriteValue(xml, EdgeKind, edge.Kind);
        WriteValue(xml, EdgeDocumentCount, InvariantNumber.Format(edge.DocumentCount));
        WriteValue(xml, EdgeEvidenceCount, InvariantNumber.Format(edge.EvidenceCount));
        WriteValue(xml, EdgeEvidence, edge.Evidence);
        WriteValue(xml, EdgeFirstSeen, IsoDate.Format(edge.FirstSeen));
        WriteValue(xml, EdgeLastSeen, IsoDate.Format(edge.LastSeen));
        xml.WriteEndElement();

        WriteSpell(xml, SeenPeriod.Of(edge));
        xml.WriteEndElement();
    }

    /// <summary>
    /// Writes one attvalue, leaving out a value that is missing or empty after cleaning (<see cref="OptionalText"/>):
    /// networkx would otherwise read an empty string where there is no value.
    /// </summary>
    private static void WriteValue(XmlWriter xml, GexfAttribute attribute, string? value)
    {
        if (OptionalText.Clean(value) is not { } text)
        {
            return;
        }

        xml.WriteStartElement("attvalue");
        xml.WriteAttributeString("for", attribute.Id);
        xml.WriteAttributeString("value", text);
        xml.WriteEndElement();
    }

    private static void WriteSpell(XmlWriter xml, SeenPeriod? period)
    {
        if (period is not { } seen)
        {
            return;
        }

        xml.WriteStartElement("spells");
        xml.WriteStartElement("spell");
        xml.WriteAttributeString("start", IsoDate.Format(seen.Start));
        xml.WriteAttributeString("end", IsoDate.Format(seen.End));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <param name="Id">Id and title at once, e.g. "mention_count".</param>
    /// <param name="Type">A GEXF attribute type: "string", "integer", "double".</param>
    private sealed record GexfAttribute(string Id, string Type);
}
