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
            return new ReadBackNode(Id(node), data.GetValueOrDefault("n_label") ?? string.Empty, data.GetValueOrDefault("n_aliases"));
        });
        var edges = document.Descendants(GraphML + "edge").Select(edge =>
        {
            var data = DataOf(edge);
            return new ReadBackEdge(Id(edge), Attribute(edge, "source"), Attribute(edge, "target"), data.GetValueOrDefault("e_label") ?? string.Empty, data.GetValueOrDefault("e_evidence"));
        });
        return new ReadBackGraph([.. nodes], [.. edges]);

        static Dictionary<string, string> DataOf(XElement element) =>
            element.Elements(GraphML + "data").ToDictionary(data => Attribute(data, "key"), data => data.Value);
    }

    private static ReadBackGraph ReadGexf(XDocument document)
    {
        var nodes = document.Descendants(Gexf + "node").Select(node =>
            new ReadBackNode(Id(node), Attribute(node, "label"), ValuesOf(node).GetValueOrDefault("aliases")));
        var edges = document.Descendants(Gexf + "edge").Select(edge =>
            new ReadBackEdge(Id(edge), Attribute(edge, "source"), Attribute(edge, "target"), Attribute(edge, "label"), ValuesOf(edge).GetValueOrDefault("evidence")));
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
            return new ReadBackNode(node.GetProperty("key").GetString()!, attributes.GetProperty("label").GetString()!, aliases.Length == 0 ? null : aliases);
        });
        var edges = root.GetProperty("edges").EnumerateArray().Select(edge =>
        {
            var attributes = edge.GetProperty("attributes");
            return new ReadBackEdge(
                edge.GetProperty("key").GetString()!,
                edge.GetProperty("source").GetString()!,
                edge.GetProperty("target").GetString()!,
                attributes.GetProperty("label").GetString()!,
                attributes.TryGetProperty("evidence", out var evidence) ? evidence.GetString() : null);
        });
        return new ReadBackGraph([.. nodes], [.. edges]);
    }

    private static string Id(XElement element) => Attribute(element, "id");

    private static string Attribute(XElement element, string name) =>
        (string?)element.Attribute(name) ?? throw new XmlException($"<{element.Name.LocalName}> has no {name} attribute");
}
