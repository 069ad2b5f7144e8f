using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Export.Tests;

/// <summary>
/// The GraphML export as its readers outside .NET read it: networkx and igraph in Python, graphology-graphml (the
/// reader of Gephi Lite) in Node. Each gets the dated sample graph, whose every attribute must arrive with its type and
/// whose parallel edges must stay apart, and the nasty names, which must read exactly as exported.
/// </summary>
public class GraphMLConsumerTests
{
    /// <summary>
    /// Prints what networkx made of the file: graph class and every node and edge with each attribute as
    /// [Python type name, value], because JSON alone cannot tell the int 3 from the float 3.0.
    /// </summary>
    private const string NetworkxScript = """
        import json, sys, networkx as nx
        g = nx.read_graphml(sys.argv[1])
        typed = lambda data: {name: [type(value).__name__, value] for name, value in data.items()}
        edges = g.edges(keys=True, data=True) if g.is_multigraph() else ((u, v, None, d) for u, v, d in g.edges(data=True))
        print(json.dumps({
            "multigraph": g.is_multigraph(),
            "directed": g.is_directed(),
            "nodes": {n: typed(d) for n, d in g.nodes(data=True)},
            "edges": [{"source": u, "target": v, "key": k, "data": typed(d)} for u, v, k, d in edges],
        }))
        """;

    /// <summary>The same report from python-igraph, which names vertices and edges by their GraphML ids in an "id" attribute.</summary>
    private const string IgraphScript = """
        import json, sys, igraph
        g = igraph.Graph.Read_GraphML(sys.argv[1])
        typed = lambda data: {name: [type(value).__name__, value] for name, value in data.items()}
        print(json.dumps({
            "directed": g.is_directed(),
            "vertex_attributes": sorted(g.vs.attributes()),
            "edge_attributes": sorted(g.es.attributes()),
            "nodes": {v["id"]: typed(v.attributes()) for v in g.vs},
            "edges": [{"source": g.vs[e.source]["id"], "target": g.vs[e.target]["id"], "data": typed(e.attributes())} for e in g.es],
        }))
        """;

    private readonly GraphMLExporter _exporter = new();

    [NetworkxFact]
    public void NetworkxReadsEveryAttributeTypedAndKeepsParallelEdgesApart()
    {
        var read = RunReport(Networkx.ReadGraphML(NetworkxScript, ExportOutput.Bytes(_exporter, DatedSampleGraphs.Small())));

        Assert.True(read.GetProperty("multigraph").GetBoolean(), "two relations Rubio → UN make a multigraph");
        Assert.True(read.GetProperty("directed").GetBoolean());
        var nodes = read.GetProperty("nodes");
        Assert.Equal(5, nodes.EnumerateObject().Count());
        var rubio = nodes.GetProperty("n1");
        var color = GraphStyle.ColorOf(EntityKind.Person);
        Assert.Equal(
            [
                "label=str:Marco Rubio", "kind=str:person", "mention_count=int:12", "document_count=int:3",
                "aliases=str:Marco Rubio | Rubio", "first_seen=str:2025-01-10", "last_seen=str:2025-03-02",
                $"r=int:{color.R}", $"g=int:{color.G}", $"b=int:{color.B}", $"size=float:{Number(GraphStyle.NodeSize(12))}",
            ],
            Attributes(rubio));
        Assert.False(nodes.GetProperty("n4").TryGetProperty("first_seen", out _), "the undated election has no first_seen");
        Assert.Equal(
            ["event_type=str:election", "event_date=str:2024-07-28", "date_precision=str:day", "date_basis=str:text"],
            Attributes(nodes.GetProperty("n4")).Where(IsEventAttribute));
        Assert.DoesNotContain(Attributes(rubio), IsEventAttribute);

        var edges = read.GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(6, edges.Count);
        var rubioToUn = edges.Where(edge => End(edge, "source") == "n1" && End(edge, "target") == "n2").ToList();
        Assert.Equal(["e10", "e11"], rubioToUn.Select(edge => edge.GetProperty("key").GetString()));
        Assert.Equal(
            [
                "label=str:co_mention", "kind=str:co_mention", "weight=float:3", "document_count=int:2", "evidence_count=int:3",
                "evidence=str:Rubio addressed the United Nations on Tuesday.", "first_seen=str:2025-01-10",
                "last_seen=str:2025-02-14",
            ],
            Attributes(rubioToUn[0].GetProperty("data")).Where(attribute => !attribute.StartsWith("id=", StringComparison.Ordinal)));
        var rubioToCaracas = edges.Single(edge => End(edge, "source") == "n1" && End(edge, "target") == "n3");
        Assert.Contains("weight=float:0.5", Attributes(rubioToCaracas.GetProperty("data")));
        Assert.Contains("evidence_count=int:0", Attributes(rubioToCaracas.GetProperty("data")));
    }

    [NetworkxFact]
    public void NetworkxReadsTheNastyNamesAsExported()
    {
        var read = RunReport(Networkx.ReadGraphML(NetworkxScript, ExportOutput.Bytes(_exporter, SampleGraphs.NastyNames())));

        AssertNastyLabels(read.GetProperty("nodes"));
    }

    [IgraphFact]
    public void IgraphReadsEveryAttributeWithItsValue()
    {
        var read = RunReport(Igraph.ReadGraphML(IgraphScript, ExportOutput.Bytes(_exporter, DatedSampleGraphs.Small())));

        Assert.True(read.GetProperty("directed").GetBoolean());
        Assert.Equal(
            [
                "aliases", "b", "date_basis", "date_precision", "document_count", "event_date", "event_type", "first_seen", "g", "id",
                "kind", "label", "last_seen", "mention_count", "r", "size",
            ],
            read.GetProperty("vertex_attributes").EnumerateArray().Select(name => name.GetString()));
        Assert.Equal(
            ["document_count", "evidence", "evidence_count", "first_seen", "id", "kind", "label", "last_seen", "weight"],
            read.GetProperty("edge_attributes").EnumerateArray().Select(name => name.GetString()));
        var nodes = read.GetProperty("nodes");
        Assert.Equal(5, nodes.EnumerateObject().Count());
        // igraph keeps every number as a double and every absent text as "": that is igraph, not the file.
        var color = GraphStyle.ColorOf(EntityKind.Person);
        Assert.Equal(
            [
                "aliases=str:Marco Rubio | Rubio", $"b=float:{color.B}", "date_basis=str:", "date_precision=str:", "document_count=float:3",
                "event_date=str:", "event_type=str:", "first_seen=str:2025-01-10", $"g=float:{color.G}", "id=str:n1", "kind=str:person",
                "label=str:Marco Rubio", "last_seen=str:2025-03-02", "mention_count=float:12", $"r=float:{color.R}",
                $"size=float:{Number(GraphStyle.NodeSize(12))}",
            ],
            Attributes(nodes.GetProperty("n1")).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["date_basis=str:text", "date_precision=str:day", "event_date=str:2024-07-28", "event_type=str:election"],
            Attributes(nodes.GetProperty("n4")).Where(IsEventAttribute).Order(StringComparer.Ordinal));

        var edges = read.GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(6, edges.Count);
        var rubioToUn = edges.Where(edge => End(edge, "source") == "n1" && End(edge, "target") == "n2").Select(edge => edge.GetProperty("data")).ToList();
        Assert.Equal(["e10:co_mention:3", "e11:spoke_at:1"], rubioToUn.Select(data => $"{Value(data, "id")}:{Value(data, "kind")}:{Value(data, "weight")}"));
        Assert.Equal(
            [
                "document_count=float:2", "evidence=str:Rubio addressed the United Nations on Tuesday.", "evidence_count=float:3",
                "first_seen=str:2025-01-10", "id=str:e10", "kind=str:co_mention", "label=str:co_mention", "last_seen=str:2025-02-14", "weight=float:3",
            ],
            Attributes(rubioToUn[0]).Order(StringComparer.Ordinal));
    }

    [IgraphFact]
    public void IgraphReadsTheNastyNamesAsExported()
    {
        var read = RunReport(Igraph.ReadGraphML(IgraphScript, ExportOutput.Bytes(_exporter, SampleGraphs.NastyNames())));

        AssertNastyLabels(read.GetProperty("nodes"));
    }

    [GraphologyGraphMLFact]
    public void GraphologyGraphMLImportsEveryAttributeWithItsType()
    {
        using var report = JsonDocument.Parse(GraphologyGraphML.Parse(ExportOutput.Bytes(_exporter, DatedSampleGraphs.Small())));
        var read = report.RootElement;

        Assert.Equal("directed", read.GetProperty("type").GetString());
        Assert.True(read.GetProperty("multi").GetBoolean(), "two relations Rubio → UN make a multigraph");
        Assert.Equal(5, read.GetProperty("order").GetInt32());
        Assert.Equal(6, read.GetProperty("size").GetInt32());
        // graphology-graphml merges Gephi's r, g and b into one lower-case hex colour, which sigma.js draws.
        var color = GraphStyle.ColorOf(EntityKind.Person);
        Assert.Equal(
            [
                "label=String:Marco Rubio", "kind=String:person", "mention_count=Number:12", "document_count=Number:3",
                "aliases=String:Marco Rubio | Rubio", "first_seen=String:2025-01-10", "last_seen=String:2025-03-02",
                $"size=Number:{Number(GraphStyle.NodeSize(12))}", $"color=String:{color.Hex.ToLowerInvariant()}",
            ],
            JsAttributes(read.GetProperty("nodes").GetProperty("n1")));
        Assert.Equal(
            ["event_type=String:election", "event_date=String:2024-07-28", "date_precision=String:day", "date_basis=String:text"],
            JsAttributes(read.GetProperty("nodes").GetProperty("n4")).Where(IsEventAttribute));

        var edges = read.GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(
            DatedSampleGraphs.Small().Edges.Select(edge => $"e{edge.Id}:n{edge.Source.Id}->n{edge.Target.Id}"),
            edges.Select(edge => $"{edge.GetProperty("key").GetString()}:{End(edge, "source")}->{End(edge, "target")}"));
        Assert.Equal(
            [
                "label=String:co_mention", "kind=String:co_mention", "weight=Number:3", "document_count=Number:2", "evidence_count=Number:3",
                "evidence=String:Rubio addressed the United Nations on Tuesday.", "first_seen=String:2025-01-10",
                "last_seen=String:2025-02-14",
            ],
            JsAttributes(edges[0].GetProperty("attributes")));
        var rubioToCaracas = edges.Single(edge => End(edge, "source") == "n1" && End(edge, "target") == "n3");
        Assert.Contains("weight=Number:0.5", JsAttributes(rubioToCaracas.GetProperty("attributes")));
    }

    [GraphologyGraphMLFact]
    public void GraphologyGraphMLImportsTheNastyNamesAsExported()
    {
        using var report = JsonDocument.Parse(GraphologyGraphML.Parse(ExportOutput.Bytes(_exporter, SampleGraphs.NastyNames())));

        var nodes = report.RootElement.GetProperty("nodes");
        Assert.Equal(SampleGraphs.NastyNamesAsExported.Count, nodes.EnumerateObject().Count());
        foreach (var (id, expected) in SampleGraphs.NastyNamesAsExported)
        {
            Assert.Equal(expected, nodes.GetProperty("n" + id).GetProperty("label").GetString());
        }
    }

    /// <summary>The report a Python script printed, or the script's error as the failure message.</summary>
    private static JsonElement RunReport(ProgramRun run)
    {
        Assert.True(run.ExitCode == 0, run.Error);
        using var report = JsonDocument.Parse(run.Output);
        return report.RootElement.Clone();
    }

    /// <summary>Every label, read from Python's [type, value] pairs, equals the name as exported.</summary>
    private static void AssertNastyLabels(JsonElement nodes)
    {
        Assert.Equal(SampleGraphs.NastyNamesAsExported.Count, nodes.EnumerateObject().Count());
        foreach (var (id, expected) in SampleGraphs.NastyNamesAsExported)
        {
            Assert.Equal(expected, nodes.GetProperty("n" + id).GetProperty("label")[1].GetString());
        }
    }

    /// <summary>True for a "name=type:value" of one of the attributes only event nodes have.</summary>
    private static bool IsEventAttribute(string attribute) =>
        attribute.StartsWith("event_", StringComparison.Ordinal) || attribute.StartsWith("date_", StringComparison.Ordinal);

    /// <summary>Python's [type, value] pairs as "name=type:value", in the order the reader gave them.</summary>
    private static IEnumerable<string> Attributes(JsonElement typed) =>
        typed.EnumerateObject().Select(attribute => $"{attribute.Name}={attribute.Value[0].GetString()}:{Shown(attribute.Value[1])}");

    /// <summary>JavaScript values as "name=JSON kind:value", so a number written as text would show as String.</summary>
    private static IEnumerable<string> JsAttributes(JsonElement attributes) =>
        attributes.EnumerateObject().Select(attribute => $"{attribute.Name}={attribute.Value.ValueKind}:{Shown(attribute.Value)}");

    private static string Value(JsonElement typed, string name) => Shown(typed.GetProperty(name)[1]);

    private static string End(JsonElement edge, string end) => edge.GetProperty(end).GetString()!;

    private static string Shown(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number ? Number(value.GetDouble()) : value.ToString();

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);
}
