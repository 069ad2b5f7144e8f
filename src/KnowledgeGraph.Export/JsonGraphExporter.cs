using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Export;

/// <summary>
/// Writes the graph as node-link JSON in graphology's serialization format, for web viewers: graphology and
/// sigma.js load it with <c>Graph.from(json)</c>, and sigma.js draws the node attributes label, color and size once a
/// layout (graphology-layout-forceatlas2, say) has given every node x and y, which the file leaves to the viewer.
/// </summary>
/// <remarks>
/// <para>
/// One layout, graphology's: <c>{"attributes", "options", "nodes": [{"key", "attributes"}], "edges": [{"key",
/// "source", "target", "attributes"}]}</c>. Cytoscape's own JSON ("elements" of <c>{"data": {"id", …}}</c>) was
/// left out on purpose: carrying both would write every attribute twice, doubling the file and giving two copies
/// that could disagree. Cytoscape Desktop opens the GraphML export with the same attributes, and Cytoscape.js takes
/// this file after a one-line map (<c>nodes.map(n =&gt; ({data: {id: n.key, ...n.attributes}}))</c>, and the same
/// for edges with source and target).
/// </para>
/// <para>
/// The options say what graphology must allow to import the graph: directed, multi (relations of different kinds
/// between the same two entities are separate edges, each keyed by its database id) and self-loops only when the
/// graph has one, since graphology refuses a self-loop in a graph that does not allow them. <c>Graph.import</c> on
/// a default <c>new Graph()</c> ignores these options and is not multi, so readers load the file with
/// <c>Graph.from</c>, which applies them.
/// </para>
/// <para>
/// Event nodes add event_type, event_date (ISO 8601 with only the stated part), date_precision and date_basis, each
/// only when known; every edge has evidence_count, the number of sentences that support it. The graph is directed,
/// symmetric kinds (co_mention, met_with) included, as in the other exports: they are stored once with the smaller
/// id as source, and a graphology graph of type "directed" cannot hold undirected edges.
/// </para>
/// <para>
/// Text goes through <see cref="XmlTextSanitizer"/>, as in every other format, so a name reads the same in all of
/// them (and a lone surrogate, which JSON writers reject, becomes U+FFFD). Everything outside printable ASCII is
/// written as a <c>\u</c> escape, as are &lt; &gt; &amp; and quotes: a news article's "&lt;/script&gt;" then stays
/// harmless when the file is pasted into a web page, which is where graphology runs. Weights that are not finite,
/// which JSON has no literal for, are written as null.
/// </para>
/// </remarks>
public sealed class JsonGraphExporter : IGraphExporter
{
    private const string GraphName = "knowledge_graph";

    /// <summary>How much output is buffered before it goes to the stream, so memory stays flat on large graphs.</summary>
    private const int FlushThreshold = 1 << 16;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.Default,
        Indented = true,
        IndentCharacter = ' ',
        IndentSize = 2,
        NewLine = "\n", // the default is the platform's, which would make Windows write different bytes
    };

    public string FormatName => "JSON";

    public string FileExtension => ".json";

    public void Write(IVertexAndEdgeSet<EntityNode, RelationEdge> graph, Stream output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);

        using (var json = new Utf8JsonWriter(output, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteStartObject("attributes");
            json.WriteString("name", GraphName);
            json.WriteEndObject();
            WriteOptions(json, graph);
            json.WriteStartArray("nodes");
            foreach (var node in graph.Vertices)
            {
                WriteNode(json, node);
                FlushWhenFull(json);
            }

            json.WriteEndArray();
            json.WriteStartArray("edges");
            foreach (var edge in graph.Edges)
            {
                WriteEdge(json, edge);
                FlushWhenFull(json);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        // Utf8JsonWriter stops at the closing brace; a final newline keeps the file a well-formed text file for diff tools.
        output.WriteByte((byte)'\n');
        output.Flush();
    }

    private static void WriteOptions(Utf8JsonWriter json, IVertexAndEdgeSet<EntityNode, RelationEdge> graph)
    {
        json.WriteStartObject("options");
        json.WriteString("type", "directed");
        json.WriteBoolean("multi", true);
        json.WriteBoolean("allowSelfLoops", graph.HasSelfLoops);
        json.WriteEndObject();
    }

    private static void WriteNode(Utf8JsonWriter json, EntityNode node)
    {
        json.WriteStartObject();
        json.WriteString("key", ExportIds.Node(node));
        json.WriteStartObject("attributes");
        json.WriteString("label", XmlTextSanitizer.Clean(node.Name));
        json.WriteString("kind", node.Kind.ToName());
        json.WriteNumber("mention_count", node.MentionCount);
        json.WriteNumber("document_count", node.DocumentCount);
        json.WriteStartArray("aliases");
        foreach (var alias in AliasOrder.MostFrequentFirst(node))
        {
            json.WriteStartObject();
            json.WriteString("alias", XmlTextSanitizer.Clean(alias.Alias));
            json.WriteNumber("count", alias.Count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("color", GraphStyle.ColorOf(node.Kind).Hex);
        json.WriteNumber("size", GraphStyle.NodeSize(node.MentionCount));
        WriteIfPresent(json, "first_seen", IsoDate.Format(node.FirstSeen));
        WriteIfPresent(json, "last_seen", IsoDate.Format(node.LastSeen));
        WriteIfPresent(json, "event_type", OptionalText.Clean(node.Event?.EventType));
        WriteIfPresent(json, "event_date", node.Event?.DateText);
        WriteIfPresent(json, "date_precision", node.Event?.DatePrecision);
        WriteIfPresent(json, "date_basis", OptionalText.Clean(node.Event?.DateBasis));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteEdge(Utf8JsonWriter json, RelationEdge edge)
    {
        json.WriteStartObject();
        json.WriteString("key", ExportIds.Edge(edge));
        json.WriteString("source", ExportIds.Node(edge.Source));
        json.WriteString("target", ExportIds.Node(edge.Target));
        json.WriteStartObject("attributes");
        json.WriteString("label", XmlTextSanitizer.Clean(DisplayText.EdgeLabel(edge)));
        json.WriteString("kind", XmlTextSanitizer.Clean(edge.Kind));
        WriteNumberOrNull(json, "weight", edge.Weight);
        json.WriteNumber("document_count", edge.DocumentCount);
        json.WriteNumber("evidence_count", edge.EvidenceCount);
        WriteIfPresent(json, "evidence", OptionalText.Clean(edge.Evidence));
        WriteIfPresent(json, "first_seen", IsoDate.Format(edge.FirstSeen));
        WriteIfPresent(json, "last_seen", IsoDate.Format(edge.LastSeen));

        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>
    /// Leaves out a value that is unknown (no evidence, no dated document), as the GraphML export does, so that a
    /// reader tests for one thing, the attribute being there, rather than for null and empty text as well.
    /// </summary>
    private static void WriteIfPresent(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    /// <summary>
    /// Writes a finite number, with negative zero as 0 so that equal values give equal bytes (as
    /// <see cref="InvariantNumber"/> does for the text formats); JSON cannot spell NaN or infinity, so those are null.
    /// </summary>
    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumber(name, value == 0 ? 0 : value);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void FlushWhenFull(Utf8JsonWriter json)
    {
        if (json.BytesPending > FlushThreshold)
        {
            json.Flush();
        }
    }
}
