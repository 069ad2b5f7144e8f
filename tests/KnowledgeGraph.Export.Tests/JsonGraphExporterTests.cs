using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Export.Tests;

public class JsonGraphExporterTests
{
    private readonly JsonGraphExporter _exporter = new();

    [Fact]
    public void NamesTheFormat()
    {
        Assert.Equal("JSON", _exporter.FormatName);
        Assert.Equal(".json", _exporter.FileExtension);
    }

    [Fact]
    public void WritesGraphologySerializedGraphWordForWord()
    {
        // Pins the whole layout once: property order, two-space indent, LF line ends, final newline, number forms.
        var person = SampleGraphs.Node(1, "Ada", EntityKind.Person, 1, 1, ("Ada", 1)) with { FirstSeen = new DateOnly(2024, 3, 5), LastSeen = new DateOnly(2024, 4, 1) };
        var place = SampleGraphs.Node(2, "Paris", EntityKind.Place, 0, 0);
        var fair = SampleGraphs.EventNode(3, "Paris fair", new EventFacts("exhibition", new FactDate(new DateOnly(2024, 5, 1), DatePrecision.Month), "text", 2));
        var graph = new EntityGraph();
        graph.AddVertex(person);
        graph.AddVertex(place);
        graph.AddVertex(fair);
        graph.AddEdge(new RelationEdge(7, person, place, "lives_in", null, 0.5, 1, "Ada lives in Paris.", EvidenceCount: 2));

        var expected = """
            {
              "attributes": {
                "name": "knowledge_graph"
              },
              "options": {
                "type": "directed",
                "multi": true,
                "allowSelfLoops": false
              },
              "nodes": [
                {
                  "key": "n1",
                  "attributes": {
                    "label": "Ada",
                    "kind": "person",
                    "mention_count": 1,
                    "document_count": 1,
                    "aliases": [
                      {
                        "alias": "Ada",
                        "count": 1
                      }
                    ],
                    "color": "#8DA0CB",
                    "size": 15,
                    "first_seen": "2024-03-05",
                    "last_seen": "2024-04-01"
                  }
                },
                {
                  "key": "n2",
                  "attributes": {
                    "label": "Paris",
                    "kind": "place",
                    "mention_count": 0,
                    "document_count": 0,
                    "aliases": [],
                    "color": "#A6D854",
                    "size": 10
                  }
                },
                {
                  "key": "n3",
                  "attributes": {
                    "label": "Paris fair",
                    "kind": "event",
                    "mention_count": 1,
                    "document_count": 1,
                    "aliases": [],
                    "color": "#FC8D62",
                    "size": 15,
                    "event_type": "exhibition",
                    "event_date": "2024-05",
                    "date_precision": "month",
                    "date_basis": "text"
                  }
                }
              ],
              "edges": [
                {
                  "key": "e7",
                  "source": "n1",
                  "target": "n2",
                  "attributes": {
                    "label": "lives_in",
                    "kind": "lives_in",
                    "weight": 0.5,
                    "document_count": 1,
                    "evidence_count": 2,
                    "evidence": "Ada lives in Paris."
                  }
                }
              ]
            }

            """;

        Assert.Equal(expected, ExportOutput.Text(_exporter, graph));
    }

    [Fact]
    public void OptionsAskForADirectedMultiGraphWithoutSelfLoops()
    {
        var options = Parse(SampleGraphs.Small()).GetProperty("options");

        Assert.Equal("directed", options.GetProperty("type").GetString());
        Assert.True(options.GetProperty("multi").GetBoolean());
        Assert.False(options.GetProperty("allowSelfLoops").GetBoolean());
    }

    [Fact]
    public void SelfLoopsAreAllowedWhenTheGraphHasOneSoGraphologyCanImportIt()
    {
        var graph = SampleGraphs.Small();
        var rubio = graph.Vertices.First();
        graph.AddEdge(new RelationEdge(99, rubio, rubio, "mentions_self", null, 1, 1, null));

        Assert.True(Parse(graph).GetProperty("options").GetProperty("allowSelfLoops").GetBoolean());
    }

    [Fact]
    public void NodesAndEdgesAreKeyedByDatabaseIdInGraphOrder()
    {
        var source = SampleGraphs.Small();
        var root = Parse(source);

        Assert.Equal(source.Vertices.Select(node => "n" + node.Id), root.GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("key").GetString()));
        Assert.Equal(source.Edges.Select(edge => "e" + edge.Id), root.GetProperty("edges").EnumerateArray().Select(edge => edge.GetProperty("key").GetString()));
        Assert.Equal(
            source.Edges.Select(edge => $"n{edge.Source.Id}->n{edge.Target.Id}"),
            root.GetProperty("edges").EnumerateArray().Select(edge => $"{edge.GetProperty("source").GetString()}->{edge.GetProperty("target").GetString()}"));
    }

    [Fact]
    public void ParallelEdgesStaySeparateEdgesWithDistinctKeys()
    {
        var edges = Parse(SampleGraphs.Small()).GetProperty("edges").EnumerateArray()
            .Where(edge => edge.GetProperty("source").GetString() == "n1" && edge.GetProperty("target").GetString() == "n2")
            .ToList();

        Assert.Equal(2, edges.Count);
        Assert.Equal(["e10", "e11"], edges.Select(edge => edge.GetProperty("key").GetString()));
        Assert.Equal(["co_mention", "spoke_at"], edges.Select(edge => edge.GetProperty("attributes").GetProperty("kind").GetString()));
    }

    [Fact]
    public void NodesCarryLabelKindCountsAliasesColourAndSize()
    {
        var nodes = Parse(SampleGraphs.Small()).GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("attributes")).ToList();

        var rubio = nodes[0];
        Assert.Equal(
            ["label", "kind", "mention_count", "document_count", "aliases", "color", "size"],
            rubio.EnumerateObject().Select(property => property.Name));
        Assert.Equal("Marco Rubio", rubio.GetProperty("label").GetString());
        Assert.Equal("person", rubio.GetProperty("kind").GetString());
        Assert.Equal(12, rubio.GetProperty("mention_count").GetInt32());
        Assert.Equal(3, rubio.GetProperty("document_count").GetInt32());
        Assert.Equal(
            [("Marco Rubio", 9), ("Rubio", 3)],
            rubio.GetProperty("aliases").EnumerateArray().Select(alias => (alias.GetProperty("alias").GetString(), alias.GetProperty("count").GetInt32())));
        Assert.Equal(GraphStyle.ColorOf(EntityKind.Person).Hex, rubio.GetProperty("color").GetString());
        Assert.Equal(GraphStyle.NodeSize(12), rubio.GetProperty("size").GetDouble());

        Assert.Equal(0, nodes[3].GetProperty("aliases").GetArrayLength());
    }

    [Fact]
    public void EventNodesCarryTheirTypeAndDateAndUnknownPartsAreLeftOut()
    {
        var nodes = Parse(SampleGraphs.Events()).GetProperty("nodes").EnumerateArray()
            .Select(node => string.Join("|", node.GetProperty("attributes").EnumerateObject().Where(IsEventAttribute).Select(property => $"{property.Name}={property.Value.GetString()}")))
            .ToList();
        var election = Parse(SampleGraphs.Small()).GetProperty("nodes")[3].GetProperty("attributes");

        Assert.Equal(
            [
                "event_type=summit|event_date=2023-11|date_precision=month|date_basis=inferred",
                "event_date=2019|date_precision=year|date_basis=text",
                "event_type=protest",
                string.Empty,
            ],
            nodes);
        Assert.Equal("election|2024-07-28|day", $"{election.GetProperty("event_type")}|{election.GetProperty("event_date")}|{election.GetProperty("date_precision")}");
    }

    [Fact]
    public void NodeSizesAreTheOnesGephiGetsFromTheGraphML()
    {
        var graph = SampleGraphs.Small();
        XNamespace g = "http://graphml.graphdrawing.org/xmlns";
        var graphMLSizes = XDocument.Parse(ExportOutput.Text(new GraphMLExporter(), graph))
            .Descendants(g + "data").Where(data => (string?)data.Attribute("key") == "n_size")
            .Select(data => double.Parse(data.Value, CultureInfo.InvariantCulture));

        var jsonSizes = Parse(graph).GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("attributes").GetProperty("size").GetDouble());

        Assert.Equal(graphMLSizes, jsonSizes);
    }

    [Fact]
    public void EdgesCarryLabelKindWeightCountAndEvidenceWhenThereIsSome()
    {
        var edges = Parse(SampleGraphs.Small()).GetProperty("edges").EnumerateArray().Select(edge => edge.GetProperty("attributes")).ToList();

        Assert.Equal(["label", "kind", "weight", "document_count", "evidence_count", "evidence"], edges[0].EnumerateObject().Select(property => property.Name));
        Assert.Equal([3, 1, 0, 0, 2, 1], edges.Select(edge => edge.GetProperty("evidence_count").GetInt32()));
        Assert.Equal("co_mention", edges[0].GetProperty("label").GetString());
        Assert.Equal(3, edges[0].GetProperty("weight").GetDouble());
        Assert.Equal(2, edges[0].GetProperty("document_count").GetInt32());
        Assert.Equal("Rubio addressed the United Nations on Tuesday.", edges[0].GetProperty("evidence").GetString());
        Assert.Equal("addressed", edges[1].GetProperty("label").GetString());
        Assert.Equal("spoke_at", edges[1].GetProperty("kind").GetString());
        Assert.False(edges[2].TryGetProperty("evidence", out _), "null evidence is left out");
        Assert.Equal(0.5, edges[3].GetProperty("weight").GetDouble());
        Assert.Equal(1.25, edges[5].GetProperty("weight").GetDouble());
    }

    [Fact]
    public void DatesAreIsoAndLeftOutWhenUnknown()
    {
        var graph = new EntityGraph();
        var dated = SampleGraphs.Node(1, "A", EntityKind.Person, 1, 1) with { FirstSeen = new DateOnly(2023, 12, 31) };
        var undated = SampleGraphs.Node(2, "B", EntityKind.Person, 1, 1);
        graph.AddVertex(dated);
        graph.AddVertex(undated);
        graph.AddEdge(new RelationEdge(1, dated, undated, "co_mention", null, 1, 1, null, new DateOnly(2024, 1, 2), new DateOnly(2024, 2, 29)));
        var root = Parse(graph);

        var nodes = root.GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("attributes")).ToList();
        var edge = root.GetProperty("edges")[0].GetProperty("attributes");

        Assert.Equal("2023-12-31", nodes[0].GetProperty("first_seen").GetString());
        Assert.False(nodes[0].TryGetProperty("last_seen", out _));
        Assert.False(nodes[1].TryGetProperty("first_seen", out _));
        Assert.Equal("2024-01-02", edge.GetProperty("first_seen").GetString());
        Assert.Equal("2024-02-29", edge.GetProperty("last_seen").GetString());
    }

    [Fact]
    public void WeightsJsonCannotSpellBecomeNullAndNegativeZeroIsZero()
    {
        var graph = new EntityGraph();
        var a = SampleGraphs.Node(1, "A", EntityKind.Person, 1, 1);
        var b = SampleGraphs.Node(2, "B", EntityKind.Person, 1, 1);
        graph.AddVertex(a);
        graph.AddVertex(b);
        foreach (var (id, weight) in new[] { (1L, double.NaN), (2L, double.PositiveInfinity), (3L, double.NegativeInfinity), (4L, -0.0), (5L, 1e21) })
        {
            graph.AddEdge(new RelationEdge(id, a, b, "co_mention", null, weight, 1, null));
        }

        var text = ExportOutput.Text(_exporter, graph);
        var weights = Parse(graph).GetProperty("edges").EnumerateArray().Select(edge => edge.GetProperty("attributes").GetProperty("weight")).ToList();

        Assert.All(weights.Take(3), weight => Assert.Equal(JsonValueKind.Null, weight.ValueKind));
        Assert.Equal("0", weights[3].GetRawText());
        Assert.Equal(1e21, weights[4].GetDouble());
        Assert.DoesNotContain("-0", text);
    }

    [Fact]
    public void NastyNamesReadBackAsTheOtherFormatsShowThem()
    {
        var nodes = Parse(SampleGraphs.NastyNames()).GetProperty("nodes").EnumerateArray()
            .ToDictionary(node => node.GetProperty("key").GetString()!, node => node.GetProperty("attributes"));

        foreach (var (id, expected) in SampleGraphs.NastyNamesAsExported)
        {
            Assert.Equal(expected, nodes["n" + id].GetProperty("label").GetString());
        }

        Assert.Equal("alias \"3\\", nodes["n3"].GetProperty("aliases")[1].GetProperty("alias").GetString());
    }

    [Fact]
    public void OutputIsPrintableAsciiSoItCanBePastedIntoAWebPage()
    {
        var graph = SampleGraphs.NastyNames();
        graph.AddVertex(SampleGraphs.Node(50, "</script><script>alert(1)</script>", EntityKind.Other, 1, 1));

        var text = ExportOutput.Text(_exporter, graph);

        Assert.All(text, c => Assert.True(c == '\n' || c is >= ' ' and <= '~', $"U+{(int)c:X4} in the output"));
        Assert.DoesNotContain("<", text);
        Assert.Contains("\\u003C/script\\u003E", text);
    }

    [Fact]
    public void EmptyGraphHasEmptyNodeAndEdgeLists()
    {
        var root = Parse(new EntityGraph());

        Assert.Equal(0, root.GetProperty("nodes").GetArrayLength());
        Assert.Equal(0, root.GetProperty("edges").GetArrayLength());
    }

    [GraphologyFact]
    public void GraphologyImportsTheSmallGraphKeepingParallelEdges()
    {
        VerifyGraphologyImport(SampleGraphs.Small());
    }

    [GraphologyFact]
    public void GraphologyKeepsTheEventAttributesAsTextAndTheEvidenceCountAsANumber()
    {
        using var report = JsonDocument.Parse(Graphology.Import(ExportOutput.Bytes(_exporter, SampleGraphs.Small())));
        var root = report.RootElement;

        var election = root.GetProperty("nodeAttributes").GetProperty("n4");
        Assert.Equal(
            ["event_type=String:election", "event_date=String:2024-07-28", "date_precision=String:day", "date_basis=String:text"],
            election.EnumerateObject().Where(IsEventAttribute).Select(property => $"{property.Name}={property.Value.ValueKind}:{property.Value}"));
        Assert.DoesNotContain(root.GetProperty("nodeAttributes").GetProperty("n1").EnumerateObject(), IsEventAttribute);
        Assert.Equal(
            ["e10=Number:3", "e11=Number:1", "e12=Number:0", "e13=Number:0", "e14=Number:2", "e15=Number:1"],
            root.GetProperty("edgeAttributes").EnumerateObject().Select(edge => $"{edge.Name}={edge.Value.GetProperty("evidence_count").ValueKind}:{edge.Value.GetProperty("evidence_count")}"));
    }

    [GraphologyFact]
    public void GraphologyImportsNastyNamesAndASelfLoopAsWritten()
    {
        var graph = SampleGraphs.NastyNames();
        var first = graph.Vertices.First();
        graph.AddEdge(new RelationEdge(999, first, first, "mentions_self", null, 1, 1, null));

        VerifyGraphologyImport(graph);
    }

    /// <summary>graphology's own view of the file: type, order, size, node labels and edge ends, all as in the graph.</summary>
    private void VerifyGraphologyImport(EntityGraph graph)
    {
        using var report = JsonDocument.Parse(Graphology.Import(ExportOutput.Bytes(_exporter, graph)));
        var root = report.RootElement;

        Assert.Equal("directed", root.GetProperty("type").GetString());
        Assert.True(root.GetProperty("multi").GetBoolean());
        Assert.Equal(graph.VertexCount, root.GetProperty("order").GetInt32());
        Assert.Equal(graph.EdgeCount, root.GetProperty("size").GetInt32());
        Assert.Equal(
            graph.Vertices.Select(node => $"n{node.Id}={XmlTextSanitizer.Clean(node.Name)}"),
            root.GetProperty("nodes").EnumerateArray().Select(node => $"{node[0].GetString()}={node[1].GetString()}"));
        Assert.Equal(
            graph.Edges.Select(edge => $"e{edge.Id}:n{edge.Source.Id}->n{edge.Target.Id}"),
            root.GetProperty("edges").EnumerateArray().Select(edge => $"{edge[0].GetString()}:{edge[1].GetString()}->{edge[2].GetString()}"));
    }

    /// <summary>True for one of the attributes only event nodes have.</summary>
    private static bool IsEventAttribute(JsonProperty property) =>
        property.Name.StartsWith("event_", StringComparison.Ordinal) || property.Name.StartsWith("date_", StringComparison.Ordinal);

    private JsonElement Parse(EntityGraph graph)
    {
        using var document = JsonDocument.Parse(ExportOutput.Bytes(_exporter, graph));
        return document.RootElement.Clone();
    }
}
