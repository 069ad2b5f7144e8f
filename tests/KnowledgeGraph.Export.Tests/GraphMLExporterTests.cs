using System.Globalization;
using System.Text;
using System.Xml.Linq;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Export.Tests;

public class GraphMLExporterTests
{
    private static readonly XNamespace G = "http://graphml.graphdrawing.org/xmlns";

    private readonly GraphMLExporter _exporter = new();

    [Fact]
    public void NamesTheFormat()
    {
        Assert.Equal("GraphML", _exporter.FormatName);
        Assert.Equal(".graphml", _exporter.FileExtension);
    }

    [Fact]
    public void WritesUtf8WithoutBomAndUnixNewlines()
    {
        var bytes = ExportOutput.Bytes(_exporter, SampleGraphs.Small());
        var text = Encoding.UTF8.GetString(bytes);

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"", text);
        Assert.EndsWith("</graphml>\n", text);
    }

    [Fact]
    public void KeysAreTypedAndDeclaredPerDomain()
    {
        var keys = Parse(SampleGraphs.Small()).Root!.Elements(G + "key").ToList();

        Assert.All(keys, key =>
        {
            Assert.Contains((string?)key.Attribute("for"), new[] { "node", "edge" });
            Assert.Contains((string?)key.Attribute("attr.type"), new[] { "string", "int", "double" });
            Assert.StartsWith((string)key.Attribute("for")! == "node" ? "n_" : "e_", (string?)key.Attribute("id"));
        });
        Assert.Equal(keys.Count, keys.Select(key => (string?)key.Attribute("id")).Distinct().Count());
        Assert.Equal(
            new[]
            {
                "label:string", "kind:string", "mention_count:int", "document_count:int", "aliases:string",
                "first_seen:string", "last_seen:string", "event_type:string", "event_date:string", "date_precision:string",
                "date_basis:string", "r:int", "g:int", "b:int", "size:double",
            },
            Declared(keys, "node"));
        Assert.Equal(
            new[]
            {
                "label:string", "kind:string", "weight:double", "document_count:int", "evidence_count:int", "evidence:string",
                "first_seen:string", "last_seen:string",
            },
            Declared(keys, "edge"));
    }

    [Fact]
    public void EveryDataElementUsesAKeyOfItsOwnDomain()
    {
        var document = Parse(SampleGraphs.Small());
        var domainOfKey = document.Root!.Elements(G + "key").ToDictionary(key => (string)key.Attribute("id")!, key => (string)key.Attribute("for")!);

        var data = document.Descendants(G + "data").ToList();

        Assert.NotEmpty(data);
        Assert.All(data, element => Assert.Equal(element.Parent!.Name.LocalName, domainOfKey[(string)element.Attribute("key")!]));
    }

    [Fact]
    public void GraphIsDirectedWithNodesAndEdgesInGraphOrder()
    {
        var source = SampleGraphs.Small();
        var graph = Parse(source).Root!.Element(G + "graph")!;

        Assert.Equal("directed", (string?)graph.Attribute("edgedefault"));
        Assert.Equal(source.Vertices.Select(node => "n" + node.Id), graph.Elements(G + "node").Select(node => (string)node.Attribute("id")!));
        Assert.Equal(source.Edges.Select(edge => "e" + edge.Id), graph.Elements(G + "edge").Select(edge => (string)edge.Attribute("id")!));
        Assert.Equal(
            source.Edges.Select(edge => $"n{edge.Source.Id}->n{edge.Target.Id}"),
            graph.Elements(G + "edge").Select(edge => $"{edge.Attribute("source")!.Value}->{edge.Attribute("target")!.Value}"));
    }

    [Fact]
    public void NodesCarryLabelKindCountsAliasesAndStyle()
    {
        var nodes = Parse(SampleGraphs.Small()).Descendants(G + "node").ToList();

        Assert.All(nodes, node =>
        {
            var data = DataOf(node);
            Assert.False(string.IsNullOrEmpty(data["n_label"]));
            Assert.Contains(data["n_kind"], new[] { "person", "organization", "place", "event", "other" });
            int.Parse(data["n_mention_count"], NumberStyles.None, CultureInfo.InvariantCulture);
            int.Parse(data["n_document_count"], NumberStyles.None, CultureInfo.InvariantCulture);
            Assert.InRange(int.Parse(data["n_r"], CultureInfo.InvariantCulture), 0, 255);
            Assert.InRange(int.Parse(data["n_g"], CultureInfo.InvariantCulture), 0, 255);
            Assert.InRange(int.Parse(data["n_b"], CultureInfo.InvariantCulture), 0, 255);
            Assert.True(double.Parse(data["n_size"], CultureInfo.InvariantCulture) >= GraphStyle.BaseNodeSize);
        });

        var rubio = DataOf(nodes[0]);
        Assert.Equal("Marco Rubio", rubio["n_label"]);
        Assert.Equal("person", rubio["n_kind"]);
        Assert.Equal("12", rubio["n_mention_count"]);
        Assert.Equal("3", rubio["n_document_count"]);
        Assert.Equal("Marco Rubio | Rubio", rubio["n_aliases"]);
        var color = GraphStyle.ColorOf(Core.EntityKind.Person);
        Assert.Equal($"{color.R}|{color.G}|{color.B}", $"{rubio["n_r"]}|{rubio["n_g"]}|{rubio["n_b"]}");

        Assert.False(DataOf(nodes[3]).ContainsKey("n_aliases"), "a node without aliases has no aliases data");
    }

    [Fact]
    public void EdgesCarryLabelKindWeightCountsAndEvidence()
    {
        var edges = Parse(SampleGraphs.Small()).Descendants(G + "edge").Select(DataOf).ToList();

        Assert.All(edges, data =>
        {
            double.Parse(data["e_weight"], NumberStyles.Float, CultureInfo.InvariantCulture);
            int.Parse(data["e_document_count"], NumberStyles.None, CultureInfo.InvariantCulture);
            Assert.False(string.IsNullOrEmpty(data["e_label"]));
            Assert.False(string.IsNullOrEmpty(data["e_kind"]));
        });

        Assert.Equal("co_mention", edges[0]["e_label"]);
        Assert.Equal("co_mention", edges[0]["e_kind"]);
        Assert.Equal("3", edges[0]["e_weight"]);
        Assert.Equal("2", edges[0]["e_document_count"]);
        Assert.Equal("Rubio addressed the United Nations on Tuesday.", edges[0]["e_evidence"]);
        Assert.Equal("addressed", edges[1]["e_label"]);
        Assert.Equal("spoke_at", edges[1]["e_kind"]);
        Assert.Equal("0.5", edges[3]["e_weight"]);
        Assert.Equal("1.25", edges[5]["e_weight"]);
        Assert.False(edges[2].ContainsKey("e_evidence"), "null evidence is left out");
    }

    [Fact]
    public void EventNodesCarryTypeDatePrecisionAndBasisAndNoOtherNodeDoes()
    {
        var nodes = Parse(SampleGraphs.Small()).Descendants(G + "node").Select(DataOf).ToList();

        var election = nodes[3];
        Assert.Equal("election", election["n_event_type"]);
        Assert.Equal("2024-07-28", election["n_event_date"]);
        Assert.Equal("day", election["n_date_precision"]);
        Assert.Equal("text", election["n_date_basis"]);
        Assert.All(nodes.Where((_, i) => i != 3), data => Assert.DoesNotContain(data.Keys, key => key.StartsWith("n_event_", StringComparison.Ordinal) || key.StartsWith("n_date_", StringComparison.Ordinal)));
    }

    [Fact]
    public void AnEventDateKeepsOnlyItsStatedPartAndUnknownPartsAreLeftOut()
    {
        var nodes = Parse(SampleGraphs.Events()).Descendants(G + "node").Select(DataOf).Select(EventData).ToList();

        Assert.Equal(
            [
                "event_type=summit|event_date=2023-11|date_precision=month|date_basis=inferred",
                "event_date=2019|date_precision=year|date_basis=text",
                "event_type=protest",
                string.Empty,
            ],
            nodes);

        static string EventData(Dictionary<string, string> data) => string.Join(
            "|",
            data.Where(pair => pair.Key.StartsWith("n_event_", StringComparison.Ordinal) || pair.Key.StartsWith("n_date_", StringComparison.Ordinal))
                .Select(pair => pair.Key[2..] + "=" + pair.Value));
    }

    [Fact]
    public void EveryEdgeCarriesItsEvidenceCountAsAnInteger()
    {
        var source = SampleGraphs.Small();

        var counts = Parse(source).Descendants(G + "edge").Select(edge => DataOf(edge)["e_evidence_count"]);

        Assert.Equal(source.Edges.Select(edge => edge.EvidenceCount.ToString(CultureInfo.InvariantCulture)), counts);
        Assert.Equal(["3", "1", "0", "0", "2", "1"], counts);
    }

    [Fact]
    public void DatesAreIsoDaysAndLeftOutWhenUnknown()
    {
        var document = Parse(DatedSampleGraphs.Small());
        var nodes = document.Descendants(G + "node").Select(DataOf).ToList();
        var edges = document.Descendants(G + "edge").Select(DataOf).ToList();

        Assert.Equal(("2025-01-10", "2025-03-02"), (nodes[0]["n_first_seen"], nodes[0]["n_last_seen"]));
        Assert.Equal(("2025-02-14", "2025-02-14"), (nodes[2]["n_first_seen"], nodes[2]["n_last_seen"]));
        Assert.False(nodes[3].ContainsKey("n_first_seen") || nodes[3].ContainsKey("n_last_seen"), "an undated node has no dates");
        Assert.Equal(("2025-01-10", "2025-02-14"), (edges[0]["e_first_seen"], edges[0]["e_last_seen"]));
        Assert.False(edges[2].ContainsKey("e_first_seen") || edges[2].ContainsKey("e_last_seen"), "an undated edge has no dates");
        Assert.DoesNotContain(Parse(SampleGraphs.Small()).Descendants(G + "data"), data => ((string)data.Attribute("key")!).EndsWith("_seen", StringComparison.Ordinal));
    }

    [Fact]
    public void NastyNamesSurviveTheRoundTripWithoutControlCharacters()
    {
        var source = SampleGraphs.NastyNames();
        var nodes = Parse(source).Descendants(G + "node").ToDictionary(node => (string)node.Attribute("id")!, DataOf);

        foreach (var (id, expected) in SampleGraphs.NastyNamesAsExported)
        {
            Assert.Equal(expected, nodes["n" + id]["n_label"]);
        }

        var edges = Parse(source).Descendants(G + "edge").Select(DataOf).ToList();
        Assert.Equal(source.Edges.First().Evidence, edges[0]["e_evidence"]);
        Assert.Equal("kind \"0\"\\", edges[0]["e_kind"]);
        Assert.Equal(SampleGraphs.NastyNamesAsExported[5] + " met " + SampleGraphs.NastyNamesAsExported[6] + ".", edges[4]["e_evidence"]);
    }

    [Fact]
    public void CarriageReturnsAreWrittenAsReferencesSoParsersKeepThem()
    {
        var text = ExportOutput.Text(_exporter, SampleGraphs.NastyNames());

        Assert.Contains("break&#xD;\nand&#xD;carriage\treturn", text);
    }

    [Fact]
    public void EmptyGraphIsValidGraphML()
    {
        var graph = Parse(new EntityGraph()).Root!.Element(G + "graph")!;

        Assert.Empty(graph.Elements());
    }

    private XDocument Parse(EntityGraph graph)
    {
        using var stream = new MemoryStream(ExportOutput.Bytes(_exporter, graph));
        return XDocument.Load(stream);
    }

    private static Dictionary<string, string> DataOf(XElement element) =>
        element.Elements(G + "data").ToDictionary(data => (string)data.Attribute("key")!, data => data.Value);

    private static IEnumerable<string> Declared(IEnumerable<XElement> keys, string domain) =>
        keys.Where(key => (string?)key.Attribute("for") == domain)
            .Select(key => $"{key.Attribute("attr.name")!.Value}:{key.Attribute("attr.type")!.Value}");
}
