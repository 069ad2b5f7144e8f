using System.Text;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Export;

/// <summary>
/// Writes the graph as Graphviz DOT: nodes shaped and filled by kind, a legend of the kinds present, typed edges
/// labelled with their kind and label ("holds_position: Secretary of State"), co-mentions unlabelled, edges drawn
/// wider the heavier they are; counts and the first evidence sentence go into edge tooltips (SVG output). An event
/// node shows its date under its name when the date is known. The file names the layout engine that draws it
/// (<see cref="DotLayout"/>), chosen by the graph's size unless the caller chose one.
/// </summary>
/// <remarks>
/// The file is a digraph and every edge keeps the direction the store gives it, as in the other exports; the
/// symmetric kinds (co_mention, met_with: <see cref="RelationKinds.IsSymmetric"/>), whose source is merely the
/// smaller id, are drawn without arrowheads (<c>dir="none"</c>) so that the picture claims no direction for them.
/// <para>
/// Every id and attribute value is quoted by <see cref="DotText"/>, so any name parses. Free text is truncated
/// because Graphviz rejects input lines of 16,384 characters or more, and a sentence-long label makes an unreadable
/// drawing anyway; the full text stays in the GraphML export.
/// </para>
/// </remarks>
/// <param name="layout">The layout to ask for; null picks one by the number of nodes (<see cref="DotLayout.For"/>).</param>
public sealed class DotExporter(DotLayout? layout = null) : IGraphExporter
{
    /// <summary>Longest node label, in UTF-16 units including the ellipsis.</summary>
    public const int MaxNodeLabelLength = 80;

    /// <summary>Longest edge label.</summary>
    public const int MaxEdgeLabelLength = 60;

    /// <summary>Longest evidence sentence or alias list inside a tooltip.</summary>
    public const int MaxTooltipTextLength = 200;

    private const string Indent = "  ";
    private const string FontName = "Helvetica";

    public string FormatName => "DOT";

    public string FileExtension => ".dot";

    public void Write(IVertexAndEdgeSet<EntityNode, RelationEdge> graph, Stream output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);

        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16, leaveOpen: true)
        {
            NewLine = "\n",
        };

        writer.WriteLine("digraph " + DotText.Quote("knowledge_graph") + " {");
        var graphLayout = layout ?? DotLayout.For(graph.VertexCount);
        WriteStatement(writer, Indent, "graph", [("charset", "UTF-8"), .. graphLayout.GraphAttributes, ("fontname", FontName)]);
        WriteStatement(writer, Indent, "node", [("style", "filled"), ("fontname", FontName), ("fontsize", "10")]);
        WriteStatement(writer, Indent, "edge", [("fontname", FontName), ("fontsize", "8"), ("color", "#666666")]);
        WriteLegend(writer, graph);
        foreach (var node in graph.Vertices)
        {
            WriteNode(writer, node);
        }

        foreach (var edge in graph.Edges)
        {
            WriteEdge(writer, edge);
        }

        writer.WriteLine("}");
        writer.Flush();
    }

    /// <summary>
    /// A cluster with one sample node per kind that occurs in the graph, in <see cref="EntityKind"/> order, so a
    /// reader can decode colours and shapes without this source at hand. dot lays out unconnected nodes in reverse,
    /// so the samples sit in a same-rank row chained by invisible edges, which keeps them left to right.
    /// </summary>
    private static void WriteLegend(TextWriter writer, IVertexAndEdgeSet<EntityNode, RelationEdge> graph)
    {
        var used = graph.Vertices.Select(node => node.Kind.ToName()).ToHashSet(StringComparer.Ordinal);
        var kinds = Enum.GetValues<EntityKind>().Where(kind => used.Contains(kind.ToName())).ToList();
        if (kinds.Count == 0)
        {
            return;
        }

        var cluster = Indent + Indent;
        var row = cluster + Indent;
        writer.WriteLine(Indent + "subgraph " + DotText.Quote("cluster_legend") + " {");
        WriteStatement(writer, cluster, "graph", [("label", "Kinds"), ("fontname", FontName), ("style", "rounded"), ("color", "#999999")]);
        writer.WriteLine(cluster + "subgraph " + DotText.Quote("legend_row") + " {");
        WriteStatement(writer, row, "graph", [("rank", "same")]);
        foreach (var kind in kinds)
        {
            WriteStatement(writer, row, LegendId(kind), StyleOf(kind, kind.ToName()));
        }

        if (kinds.Count > 1)
        {
            WriteStatement(writer, row, string.Join(" -> ", kinds.Select(LegendId)), [("style", "invis")]);
        }

        writer.WriteLine(cluster + "}");
        writer.WriteLine(Indent + "}");
    }

    private static string LegendId(EntityKind kind) => DotText.Quote("legend_" + kind.ToName());

    private static void WriteNode(TextWriter writer, EntityNode node)
    {
        var tooltip = $"{node.Kind.ToName()}, {Count(node.MentionCount, "mention")} in {Count(node.DocumentCount, "document")}";
        if (node.Event is { } facts)
        {
            tooltip += EventTooltip(facts);
        }

        var aliases = DisplayText.Aliases(node);
        if (aliases.Length > 0)
        {
            tooltip += "\nAliases: " + TextTruncation.Truncate(aliases, MaxTooltipTextLength);
        }

        var label = TextTruncation.Truncate(node.Name, MaxNodeLabelLength);
        if (node.Event?.DateText is { } date)
        {
            label += "\n" + date;
        }

        WriteStatement(writer, Indent, DotText.Quote(ExportIds.Node(node)), [.. StyleOf(node.Kind, label), ("tooltip", tooltip)]);
    }

    /// <summary>
    /// The lines an event adds to its tooltip, each only when known: "Type: meeting" and "Date: 2025-09-03 (day,
    /// inferred)", the precision and basis saying how far to trust the date.
    /// </summary>
    private static string EventTooltip(EventFacts facts)
    {
        var lines = string.Empty;
        if (OptionalText.Clean(facts.EventType) is { } type)
        {
            lines += "\nType: " + TextTruncation.Truncate(type, MaxEdgeLabelLength);
        }

        if (facts.DateText is { } date)
        {
            var basis = OptionalText.Clean(facts.DateBasis) is { } stated ? ", " + TextTruncation.Truncate(stated, MaxEdgeLabelLength) : string.Empty;
            lines += $"\nDate: {date} ({facts.DatePrecision}{basis})";
        }

        return lines;
    }

    private static void WriteEdge(TextWriter writer, RelationEdge edge)
    {
        var counts = $"weight {InvariantNumber.Format(edge.Weight)}, {Count(edge.DocumentCount, "document")}, {Count(edge.EvidenceCount, "evidence sentence")}";
        var tooltip = $"{TextTruncation.Truncate(DisplayText.KindAndLabel(edge), MaxTooltipTextLength)} ({counts})";
        if (!string.IsNullOrWhiteSpace(edge.Evidence))
        {
            tooltip += "\n" + TextTruncation.Truncate(edge.Evidence, MaxTooltipTextLength);
        }

        var attributes = new List<(string Name, string Value)>(4);
        if (DisplayText.DrawnEdgeLabel(edge) is { } label)
        {
            attributes.Add(("label", TextTruncation.Truncate(label, MaxEdgeLabelLength)));
        }

        if (RelationKinds.IsSymmetric(edge.Kind))
        {
            attributes.Add(("dir", "none"));
        }

        attributes.Add(("penwidth", InvariantNumber.Format(GraphStyle.PenWidth(edge.Weight))));
        attributes.Add(("tooltip", tooltip));
        var statement = DotText.Quote(ExportIds.Node(edge.Source)) + " -> " + DotText.Quote(ExportIds.Node(edge.Target));
        WriteStatement(writer, Indent, statement, attributes);
    }

    private static (string Name, string Value)[] StyleOf(EntityKind kind, string label) =>
    [
        ("label", label),
        ("shape", GraphStyle.DotShapeOf(kind)),
        ("fillcolor", GraphStyle.ColorOf(kind).Hex),
    ];

    private static string Count(int count, string noun) =>
        InvariantNumber.Format(count) + " " + noun + (count == 1 ? string.Empty : "s");

    /// <summary>Writes <c>subject [name="value", ...];</c> on one line, every value quoted.</summary>
    private static void WriteStatement(TextWriter writer, string indent, string subject, IEnumerable<(string Name, string Value)> attributes)
    {
        writer.Write(indent);
        writer.Write(subject);
        writer.Write(" [");
        var first = true;
        foreach (var (name, value) in attributes)
        {
            if (!first)
            {
                writer.Write(", ");
            }

            writer.Write(name);
            writer.Write('=');
            writer.Write(DotText.Quote(value));
            first = false;
        }

        writer.WriteLine("];");
    }
}
