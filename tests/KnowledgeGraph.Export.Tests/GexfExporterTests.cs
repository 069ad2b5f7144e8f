using System.Globalization;
using System.Xml.Linq;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Export.Tests;

public class GexfExporterTests
{
    private static readonly XNamespace Gexf = "http://gexf.net/1.3";
    private static readonly XNamespace Viz = "http://gexf.net/1.3/viz";

    private readonly GexfExporter _exporter = new();

    [Fact]
    public void NamesTheFormat()
    {
        Assert.Equal("GEXF", _exporter.FormatName);
        Assert.Equal(".gexf", _exporter.FileExtension);
    }

    [Fact]
    public void IsGexf13WithTheVizNamespaceAndAFinalNewline()
    {
        var text = ExportOutput.Text(_exporter, SampleGraphs.Small());
        var root = XDocument.Parse(text).Root!;

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\"", text);
        Assert.EndsWith("</gexf>\n", text);
        Assert.Equal(Gexf + "gexf", root.Name);
        Assert.Equal("1.3", (string?)root.Attribute("version"));
        Assert.Equal(
            "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
            (string?)root.Attribute(XNamespace.Get("http://www.w3.org/2001/XMLSchema-instance") + "schemaLocation"));
    }

    [Fact]
    public void MetaCarriesNoDateOfWriting()
    {
        var meta = Parse(DatedSampleGraphs.Small()).Root!.Element(Gexf + "meta")!;

        Assert.Null(meta.Attribute("lastmodifieddate"));
        Assert.Equal("kg", meta.Element(Gexf + "creator")!.Value);
    }

    [Fact]
    public void GraphWithDatesIsDynamicWithDateTimeFormat()
    {
        var graph = Parse(DatedSampleGraphs.Small()).Root!.Element(Gexf + "graph")!;

        Assert.Equal("directed", (string?)graph.Attribute("defaultedgetype"));
        Assert.Equal("dynamic", (string?)graph.Attribute("mode"));
        Assert.Equal("date", (string?)graph.Attribute("timeformat"));
    }

    [Fact]
    public void GraphWithoutDatesIsStaticWithoutTimeFormat()
    {
        var graph = Parse(SampleGraphs.Small()).Root!.Element(Gexf + "graph")!;

        Assert.Equal("directed", (string?)graph.Attribute("defaultedgetype"));
        Assert.Equal("static", (string?)graph.Attribute("mode"));
        Assert.Null(graph.Attribute("timeformat"));
        Assert.Empty(graph.Descendants(Gexf + "spells"));
    }

    [Fact]
    public void AttributesAreDeclaredWithTypesPerClass()
    {
        var graph = Parse(SampleGraphs.Small()).Root!.Element(Gexf + "graph")!;

        Assert.Equal(
            [
                "kind:string", "mention_count:integer", "document_count:integer", "aliases:string", "first_seen:string", "last_seen:string",
                "event_type:string", "event_date:string", "date_precision:string", "date_basis:string",
            ],
            Declared(graph, "node"));
        Assert.Equal(
            ["kind:string", "document_count:integer", "evidence_count:integer", "evidence:string", "first_seen:string", "last_seen:string"],
            Declared(graph, "edge"));
        Assert.All(
            graph.Elements(Gexf + "attributes").Elements(Gexf + "attribute"),
            attribute => Assert.Equal((string?)attribute.Attribute("id"), (string?)attribute.Attribute("title")));
    }

    [Fact]
    public void EveryValueIsForAnAttributeDeclaredForItsClass()
    {
        var graph = Parse(DatedSampleGraphs.Small()).Root!.Element(Gexf + "graph")!;
        var declared = graph.Elements(Gexf + "attributes").ToDictionary(
            attributes => (string)attributes.Attribute("class")!,
            attributes => attributes.Elements(Gexf + "attribute").Select(attribute => (string)attribute.Attribute("id")!).ToHashSet());

        var values = graph.Descendants(Gexf + "attvalue").ToList();

        Assert.NotEmpty(values);
        Assert.All(values, value => Assert.Contains((string)value.Attribute("for")!, declared[value.Parent!.Parent!.Name.LocalName]));
    }

    [Fact]
    public void NodesAndEdgesComeInGraphOrderWithTheirCounts()
    {
        var source = SampleGraphs.Small();
        var graph = Parse(source).Root!.Element(Gexf + "graph")!;

        Assert.Equal("5", (string?)graph.Element(Gexf + "nodes")!.Attribute("count"));
        Assert.Equal("6", (string?)graph.Element(Gexf + "edges")!.Attribute("count"));
        Assert.Equal(source.Vertices.Select(node => "n" + node.Id), graph.Descendants(Gexf + "node").Select(node => (string)node.Attribute("id")!));
        Assert.Equal(
            source.Edges.Select(edge => $"e{edge.Id}:n{edge.Source.Id}->n{edge.Target.Id}"),
            graph.Descendants(Gexf + "edge").Select(edge => $"{edge.Attribute("id")!.Value}:{edge.Attribute("source")!.Value}->{edge.Attribute("target")!.Value}"));
    }

    [Fact]
    public void NodesCarryLabelValuesAndTheStyleOfTheirKind()
    {
        var source = SampleGraphs.Small();
        var nodes = Parse(source).Descendants(Gexf + "node").ToList();

        foreach (var (node, element) in source.Vertices.Zip(nodes))
        {
            Assert.Equal(node.Name, (string?)element.Attribute("label"));
            Assert.Equal(node.Kind.ToName(), ValuesOf(element)["kind"]);
            var color = element.Element(Viz + "color")!;
            var expected = GraphStyle.ColorOf(node.Kind);
            Assert.Equal($"{expected.R} {expected.G} {expected.B}", $"{color.Attribute("r")!.Value} {color.Attribute("g")!.Value} {color.Attribute("b")!.Value}");
            Assert.Null(color.Attribute("a"));
            Assert.Equal(GraphStyle.NodeSize(node.MentionCount), double.Parse(element.Element(Viz + "size")!.Attribute("value")!.Value, CultureInfo.InvariantCulture));
        }

        var rubio = ValuesOf(nodes[0]);
        Assert.Equal("12", rubio["mention_count"]);
        Assert.Equal("3", rubio["document_count"]);
        Assert.Equal("Marco Rubio | Rubio", rubio["aliases"]);
        Assert.False(ValuesOf(nodes[3]).ContainsKey("aliases"), "a node without aliases has no aliases value");
        Assert.False(rubio.ContainsKey("first_seen"), "an undated node has no first_seen value");
    }

    [Fact]
    public void EventNodesCarryTheirTypeAndDateAndOtherNodesDoNot()
    {
        var nodes = Parse(SampleGraphs.Small()).Descendants(Gexf + "node").Select(ValuesOf).ToList();

        Assert.Equal(
            ["event_type=election", "event_date=2024-07-28", "date_precision=day", "date_basis=text"],
            nodes[3].Where(IsEventValue).Select(pair => pair.Key + "=" + pair.Value));
        Assert.All(nodes.Where((_, i) => i != 3), values => Assert.DoesNotContain(values, IsEventValue));
    }

    [Fact]
    public void AnEventDateKeepsOnlyItsStatedPartAndUnknownPartsAreLeftOut()
    {
        var nodes = Parse(SampleGraphs.Events()).Descendants(Gexf + "node")
            .Select(node => string.Join("|", ValuesOf(node).Where(IsEventValue).Select(pair => pair.Key + "=" + pair.Value)))
            .ToList();

        Assert.Equal(
            [
                "event_type=summit|event_date=2023-11|date_precision=month|date_basis=inferred",
                "event_date=2019|date_precision=year|date_basis=text",
                "event_type=protest",
                string.Empty,
            ],
            nodes);
    }

    [Fact]
    public void BiggerNodesAreTheMoreMentionedOnes()
    {
        var sizes = Parse(SampleGraphs.Small()).Descendants(Gexf + "node").ToDictionary(
            node => (string)node.Attribute("label")!,
            node => double.Parse(node.Element(Viz + "size")!.Attribute("value")!.Value, CultureInfo.InvariantCulture));

        Assert.True(sizes["Marco Rubio"] > sizes["United Nations"]);
        Assert.True(sizes["United Nations"] > sizes["COVID-19"]);
    }

    [Fact]
    public void EdgesCarryLabelWeightKindAndValues()
    {
        var edges = Parse(SampleGraphs.Small()).Descendants(Gexf + "edge").ToList();

        Assert.Equal("co_mention", (string?)edges[0].Attribute("label"));
        Assert.Equal("co_mention", (string?)edges[0].Attribute("kind"));
        Assert.Equal("3", (string?)edges[0].Attribute("weight"));
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["kind"] = "co_mention",
                ["document_count"] = "2",
                ["evidence_count"] = "3",
                ["evidence"] = "Rubio addressed the United Nations on Tuesday.",
            },
            ValuesOf(edges[0]));
        Assert.Equal("0", ValuesOf(edges[2])["evidence_count"]);
        Assert.Equal("addressed", (string?)edges[1].Attribute("label"));
        Assert.Equal("spoke_at: addressed", (string?)edges[1].Attribute("kind"));
        Assert.Equal("spoke_at", ValuesOf(edges[1])["kind"]);
        Assert.Equal("0.5", (string?)edges[3].Attribute("weight"));
        Assert.Equal("1.25", (string?)edges[5].Attribute("weight"));
        Assert.False(ValuesOf(edges[2]).ContainsKey("evidence"), "null evidence is left out");
    }

    [Fact]
    public void ParallelEdgesBetweenOnePairDifferInKindSoGephiKeepsThemApart()
    {
        var edges = Parse(SampleGraphs.Small()).Descendants(Gexf + "edge")
            .Select(edge => (Source: edge.Attribute("source")!.Value, Target: edge.Attribute("target")!.Value, Kind: edge.Attribute("kind")!.Value))
            .ToList();

        var rubioToUn = edges.Where(edge => edge is { Source: "n1", Target: "n2" }).Select(edge => edge.Kind).ToList();
        Assert.Equal(["co_mention", "spoke_at: addressed"], rubioToUn);
        Assert.Equal(edges.Count, edges.Distinct().Count());
    }

    [Fact]
    public void RelationsOfOneKindWithDifferentLabelsStaySeparateEdges()
    {
        var minister = SampleGraphs.Node(1, "Ana Ruiz", EntityKind.Person, 3, 2);
        var ministry = SampleGraphs.Node(2, "Ministry of Health", EntityKind.Organization, 2, 2);
        var graph = new EntityGraph();
        graph.AddVertex(minister);
        graph.AddVertex(ministry);
        graph.AddEdge(new RelationEdge(1, minister, ministry, "member_of", "minister", 2, 1, null));
        graph.AddEdge(new RelationEdge(2, minister, ministry, "member_of", "spokesperson", 1, 1, null));
        graph.AddEdge(new RelationEdge(3, minister, ministry, "member_of", null, 1, 1, null));

        var kinds = Parse(graph).Descendants(Gexf + "edge").Select(edge => (string)edge.Attribute("kind")!).ToList();

        Assert.Equal(["member_of: minister", "member_of: spokesperson", "member_of"], kinds);
    }

    [Fact]
    public void DatedNodesAndEdgesHaveOneSpellFromFirstToLastSeen()
    {
        var source = DatedSampleGraphs.Small();
        var document = Parse(source);

        foreach (var (node, element) in source.Vertices.Zip(document.Descendants(Gexf + "node")))
        {
            Assert.Equal(Period(node.FirstSeen, node.LastSeen), SpellsOf(element));
            Assert.Equal(IsoOrNull(node.FirstSeen), ValuesOf(element).GetValueOrDefault("first_seen"));
            Assert.Equal(IsoOrNull(node.LastSeen), ValuesOf(element).GetValueOrDefault("last_seen"));
        }

        foreach (var (edge, element) in source.Edges.Zip(document.Descendants(Gexf + "edge")))
        {
            Assert.Equal(Period(edge.FirstSeen, edge.LastSeen), SpellsOf(element));
            Assert.Equal(IsoOrNull(edge.FirstSeen), ValuesOf(element).GetValueOrDefault("first_seen"));
            Assert.Equal(IsoOrNull(edge.LastSeen), ValuesOf(element).GetValueOrDefault("last_seen"));
        }

        var rubio = document.Descendants(Gexf + "node").First();
        Assert.Equal(["2025-01-10..2025-03-02"], SpellsOf(rubio));
        var election = document.Descendants(Gexf + "node").Single(node => (string?)node.Attribute("id") == "n4");
        Assert.Null(election.Element(Gexf + "spells"));
    }

    [Fact]
    public void ASpellIsInOrderEvenWhenTheGraphGivesOneDateOrSwapsThem()
    {
        var onlyFirst = SampleGraphs.Node(1, "Only first", EntityKind.Person, 1, 1) with { FirstSeen = DatedSampleGraphs.February14 };
        var onlyLast = SampleGraphs.Node(2, "Only last", EntityKind.Person, 1, 1) with { LastSeen = DatedSampleGraphs.January10 };
        var swapped = SampleGraphs.Node(3, "Swapped", EntityKind.Person, 1, 1) with { FirstSeen = DatedSampleGraphs.March2, LastSeen = DatedSampleGraphs.January10 };
        var graph = new EntityGraph();
        graph.AddVertex(onlyFirst);
        graph.AddVertex(onlyLast);
        graph.AddVertex(swapped);

        var spells = Parse(graph).Descendants(Gexf + "node").Select(SpellsOf).ToList();

        Assert.Equal(["2025-02-14..2025-02-14"], spells[0]);
        Assert.Equal(["2025-01-10..2025-01-10"], spells[1]);
        Assert.Equal(["2025-01-10..2025-03-02"], spells[2]);
    }

    [Fact]
    public void NastyNamesSurviveTheRoundTripWithoutControlCharacters()
    {
        var source = SampleGraphs.NastyNames();
        var document = Parse(source);
        var labels = document.Descendants(Gexf + "node").ToDictionary(node => (string)node.Attribute("id")!, node => (string)node.Attribute("label")!);

        foreach (var (id, expected) in SampleGraphs.NastyNamesAsExported)
        {
            Assert.Equal(expected, labels["n" + id]);
        }

        var edges = document.Descendants(Gexf + "edge").ToList();
        Assert.Equal(source.Edges.First().Evidence, ValuesOf(edges[0])["evidence"]);
        Assert.Equal("kind \"0\"\\", ValuesOf(edges[0])["kind"]);
        Assert.Equal("kind \"0\"\\: " + SampleGraphs.NastyNamesAsExported[2], (string?)edges[0].Attribute("kind"));
        Assert.Equal(SampleGraphs.NastyNamesAsExported[5] + " met " + SampleGraphs.NastyNamesAsExported[6] + ".", ValuesOf(edges[4])["evidence"]);
        Assert.Equal(SampleGraphs.NastyNamesAsExported[4] + " | alias \"4\\", ValuesOf(document.Descendants(Gexf + "node").ElementAt(3))["aliases"]);
    }

    [Fact]
    public void LineBreaksInAttributeValuesAreWrittenAsReferencesSoParsersKeepThem()
    {
        var text = ExportOutput.Text(_exporter, SampleGraphs.NastyNames());

        Assert.Contains("label=\"Line&#xA;break&#xD;&#xA;and&#xD;carriage&#x9;return\"", text);
    }

    [Fact]
    public void EmptyGraphIsValidGexf()
    {
        var graph = Parse(new EntityGraph()).Root!.Element(Gexf + "graph")!;

        Assert.Equal("static", (string?)graph.Attribute("mode"));
        Assert.Empty(graph.Element(Gexf + "nodes")!.Elements());
        Assert.Empty(graph.Element(Gexf + "edges")!.Elements());
    }

    [Fact]
    public void ADatedGraphGivesTheSameBytesEveryTime()
    {
        Assert.Equal(ExportOutput.Bytes(_exporter, DatedSampleGraphs.Small()), ExportOutput.Bytes(_exporter, DatedSampleGraphs.Small()));
    }

    [NetworkxGexfFact]
    public void NetworkxReadsTheDatedGraphWithTypedAttributesSpellsAndParallelEdges()
    {
        const string script = """
            import json, sys, networkx as nx
            g = nx.read_gexf(sys.argv[1])
            print(json.dumps({
                "multigraph": g.is_multigraph(),
                "directed": g.is_directed(),
                "mode": g.graph.get("mode"),
                "nodes": {n: d for n, d in g.nodes(data=True)},
                "edges": [dict(d, source=u, target=v, key=k) for u, v, k, d in g.edges(keys=True, data=True)],
            }))
            """;
        var run = Networkx.ReadGexf(script, ExportOutput.Bytes(_exporter, DatedSampleGraphs.Small()));
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = System.Text.Json.JsonDocument.Parse(run.Output);
        var read = json.RootElement;

        Assert.True(read.GetProperty("multigraph").GetBoolean(), "parallel edges make a multigraph");
        Assert.True(read.GetProperty("directed").GetBoolean());
        Assert.Equal("dynamic", read.GetProperty("mode").GetString());
        var nodes = read.GetProperty("nodes");
        Assert.Equal(5, nodes.EnumerateObject().Count());
        var rubio = nodes.GetProperty("n1");
        Assert.Equal("Marco Rubio", rubio.GetProperty("label").GetString());
        Assert.Equal("person", rubio.GetProperty("kind").GetString());
        Assert.Equal(12, rubio.GetProperty("mention_count").GetInt32());
        Assert.Equal(3, rubio.GetProperty("document_count").GetInt32());
        Assert.Equal("Marco Rubio | Rubio", rubio.GetProperty("aliases").GetString());
        Assert.Equal("2025-01-10", rubio.GetProperty("first_seen").GetString());
        Assert.Equal("2025-03-02", rubio.GetProperty("last_seen").GetString());
        Assert.Equal("[[\"2025-01-10\",\"2025-03-02\"]]", Compact(rubio.GetProperty("spells")));
        var color = GraphStyle.ColorOf(EntityKind.Person);
        var viz = rubio.GetProperty("viz");
        Assert.Equal((color.R, color.G, color.B), (viz.GetProperty("color").GetProperty("r").GetByte(), viz.GetProperty("color").GetProperty("g").GetByte(), viz.GetProperty("color").GetProperty("b").GetByte()));
        Assert.Equal(GraphStyle.NodeSize(12), viz.GetProperty("size").GetDouble());
        Assert.False(nodes.GetProperty("n4").TryGetProperty("spells", out _), "the undated election has no spells");
        var election = nodes.GetProperty("n4");
        Assert.Equal(
            ("election", "2024-07-28", "day", "text"),
            (election.GetProperty("event_type").GetString(), election.GetProperty("event_date").GetString(), election.GetProperty("date_precision").GetString(), election.GetProperty("date_basis").GetString()));
        Assert.False(rubio.TryGetProperty("event_type", out _), "a person has no event type");

        var edges = read.GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(6, edges.Count);
        var rubioToUn = edges.Where(edge => edge.GetProperty("source").GetString() == "n1" && edge.GetProperty("target").GetString() == "n2").ToList();
        Assert.Equal(["e10:co_mention:3", "e11:spoke_at:1"], rubioToUn.Select(edge => $"{edge.GetProperty("key").GetString()}:{edge.GetProperty("kind").GetString()}:{edge.GetProperty("weight").GetDouble().ToString(CultureInfo.InvariantCulture)}"));
        Assert.Equal(2, rubioToUn[0].GetProperty("document_count").GetInt32());
        // Python's json prints an int as "3" and a float as "3.0": the declared integer type must arrive as int.
        Assert.Equal(["3", "1"], rubioToUn.Select(edge => edge.GetProperty("evidence_count").GetRawText()));
        Assert.Equal("[[\"2025-01-10\",\"2025-02-14\"]]", Compact(rubioToUn[0].GetProperty("spells")));
    }

    [NetworkxGexfFact]
    public void NetworkxReadsTheNastyNamesAsExported()
    {
        const string script = """
            import json, sys, networkx as nx
            g = nx.read_gexf(sys.argv[1])
            print(json.dumps({n: d["label"] for n, d in g.nodes(data=True)}))
            """;
        var run = Networkx.ReadGexf(script, ExportOutput.Bytes(_exporter, SampleGraphs.NastyNames()));
        Assert.True(run.ExitCode == 0, run.Error);

        var labels = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(run.Output)!;

        Assert.Equal(SampleGraphs.NastyNamesAsExported.Count, labels.Count);
        foreach (var (id, expected) in SampleGraphs.NastyNamesAsExported)
        {
            Assert.Equal(expected, labels["n" + id]);
        }
    }

    private XDocument Parse(EntityGraph graph)
    {
        using var stream = new MemoryStream(ExportOutput.Bytes(_exporter, graph));
        return XDocument.Load(stream);
    }

    private static IEnumerable<string> Declared(XElement graph, string domain) =>
        graph.Elements(Gexf + "attributes")
            .Single(attributes => (string?)attributes.Attribute("class") == domain)
            .Elements(Gexf + "attribute")
            .Select(attribute => $"{attribute.Attribute("title")!.Value}:{attribute.Attribute("type")!.Value}");

    /// <summary>True for a value of one of the attributes only event nodes have.</summary>
    private static bool IsEventValue(KeyValuePair<string, string> value) =>
        value.Key.StartsWith("event_", StringComparison.Ordinal) || value.Key.StartsWith("date_", StringComparison.Ordinal);

    private static Dictionary<string, string> ValuesOf(XElement element) =>
        element.Elements(Gexf + "attvalues").Elements(Gexf + "attvalue")
            .ToDictionary(value => (string)value.Attribute("for")!, value => (string)value.Attribute("value")!);

    private static List<string> SpellsOf(XElement element) =>
        element.Elements(Gexf + "spells").Elements(Gexf + "spell")
            .Select(spell => $"{spell.Attribute("start")!.Value}..{spell.Attribute("end")!.Value}")
            .ToList();

    private static List<string> Period(DateOnly? first, DateOnly? last) =>
        first is { } start && last is { } end ? [$"{IsoOrNull(start)}..{IsoOrNull(end)}"] : [];

    private static string? IsoOrNull(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Compact(System.Text.Json.JsonElement element) =>
        System.Text.Json.JsonSerializer.Serialize(element);
}
