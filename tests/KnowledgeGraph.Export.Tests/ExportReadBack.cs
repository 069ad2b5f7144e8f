using System.Globalization;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;

namespace KnowledgeGraph.Export.Tests;

/// <summary>
/// Reads an export back with the platform's own parsers (System.Xml, System.Text.Json) into the few things every
/// format must carry: ids, labels, aliases and evidence. A parser error fails the test, which is the well-formedness
/// check; comparing what comes back with the input checks the escaping.
/// </summary>
internal static class ExportReadBack
{
    private static readonly XNamespace GraphML = "http://graphml.graphdrawing.org/xmlns";
    private static readonly XNamespace Gexf = "http://gexf.net/1.3";

    /// <summary>Reads GraphML, GEXF and JSON; DOT has no parser here and gets <see cref="DotSourceCheck"/> instead.</summary>
    public static ReadBackGraph Read(IGraphExporter exporter, byte[] export) => exporter.FileExtension switch
    {
        ".graphml" => ReadGraphML(LoadXml(export)),
        ".gexf" => ReadGexf(LoadXml(export)),
        ".json" => ReadJson(export),
        var extension => throw new NotSupportedException(
            $"No read-back for {exporter.FormatName} ({extension}): add one here so that the property tests cover it."),
    };

    /// <summary>
    /// Strict parsing: no DTDs, every character checked, and whitespace kept, so that a label of spaces comes back as
    /// spaces instead of being dropped as indentation.
    /// </summary>
    private static XDocument LoadXml(byte[] export)
    {
        using var stream = new MemoryStream(export);
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, CheckCharacters = true });
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
    }

    private static ReadBackGraph ReadGraphML(XDocument document)
    {
        var nodes = document.Descendants(GraphML + "node").Select(node =>
        {
            var data = DataOf(node);
            return new ReadBackNode(
                Id(node), data.GetValueOrDefault("n_label") ?? string.Empty, data.GetValueOrDefault("n_aliases"), data.GetValueOrDefault("n_event_type"), data.GetValueOrDefault("n_event_date"));
        });
        var edges = document.Descendants(GraphML + "edge").Select(edge =>
        {
            var data = DataOf(edge);
            return new ReadBackEdge(
                Id(edge), Attribute(edge, "source"), Attribute(edge, "target"), data.GetValueOrDefault("e_label") ?? string.Empty, data.GetValueOrDefault("e_evidence"), Integer(data["e_evidence_count"]));
        });
        return new ReadBackGraph([.. nodes], [.. edges]);

        static Dictionary<string, string> DataOf(XElement element) =>
            element.Elements(GraphML + "data").ToDictionary(data => Attribute(data, "key"), data => data.Value);
    }

    private static ReadBackGraph ReadGexf(XDocument document)
    {
        var nodes = document.Descendants(Gexf + "node").Select(node =>
        {
            var values = ValuesOf(node);
            return new ReadBackNode(Id(node), Attribute(node, "label"), values.GetValueOrDefault("aliases"), values.GetValueOrDefault("event_type"), values.GetValueOrDefault("event_date"));
        });
        var edges = document.Descendants(Gexf + "edge").Select(edge =>
        {
            var values = ValuesOf(edge);
            return new ReadBackEdge(
                Id(edge), Attribute(edge, "source"), Attribute(edge, "target"), Attribute(edge, "label"), values.GetValueOrDefault("evidence"), Integer(values["evidence_count"]));
        });
        return new ReadBackGraph([.. nodes], [.. edges]);

        static Dictionary<string, string> ValuesOf(XElement element) =>
            element.Elements(Gexf + "attvalues").Elements(Gexf + "attvalue").ToDictionary(value => Attribute(value, "for"), value => Attribute(value, "value"));
    }

    private static ReadBackGraph ReadJson(byte[] export)
    {
        using var document = JsonDocument.Parse(export);
        var root = document.RootElement;
        var nodes = root.GetProperty("nodes").EnumerateArray().Select(node =>
        {
            var attributes = node.GetProperty("attributes");
            var aliases = string.Join(DisplayText.AliasSeparator, attributes.GetProperty("aliases").EnumerateArray().Select(alias => alias.GetProperty("alias").GetString()));
            return new ReadBackNode(
                node.GetProperty("key").GetString()!,
                attributes.GetProperty("label").GetString()!,
                aliases.Length == 0 ? null : aliases,
                OptionalString(attributes, "event_type"),
                OptionalString(attributes, "event_date"));
        });
        var edges = root.GetProperty("edges").EnumerateArray().Select(edge =>
        {
            var attributes = edge.GetProperty("attributes");
            return new ReadBackEdge(
                edge.GetProperty("key").GetString()!,
                edge.GetProperty("source").GetString()!,
                edge.GetProperty("target").GetString()!,
                attributes.GetProperty("label").GetString()!,
                OptionalString(attributes, "evidence"),
                attributes.GetProperty("evidence_count").GetInt32());
        });
        return new ReadBackGraph([.. nodes], [.. edges]);
    }

    private static string? OptionalString(JsonElement attributes, string name) =>
        attributes.TryGetProperty(name, out var value) ? value.GetString() : null;

    /// <summary>An integer as XML formats write it: invariant digits with an optional minus sign, nothing else.</summary>
    private static int Integer(string text) => int.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    private static string Id(XElement element) => Attribute(element, "id");

    private static string Attribute(XElement element, string name) =>
        (string?)element.Attribute(name) ?? throw new XmlException($"<{element.Name.LocalName}> has no {name} attribute");
}
