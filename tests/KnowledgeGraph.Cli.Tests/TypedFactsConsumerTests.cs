using System.Text.Json;
using KnowledgeGraph.Export.Tests;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// The typed facts of a real build reach every consumer we promise with their types: each edge's evidence count as an
/// integer equal to its evidence rows in the database, each event node's type, date, precision and basis as stored
/// (and no event attribute on any other node), and in DOT typed relations labelled with kind and label, co-mentions
/// unlabelled, event dates under event names.
/// </summary>
[Collection(nameof(ConsoleCollection))]
public sealed class TypedFactsConsumerTests(TypedFactsConsumerBuild build) : IClassFixture<TypedFactsConsumerBuild>
{
    /// <summary>
    /// Prints, for the GraphML or GEXF file in sys.argv[1] (told apart by its extension), each node's event attributes
    /// joined as "name=value|…" and each edge's evidence count as [Python type name, value], keyed by export id.
    /// </summary>
    private const string NetworkxScript = """
        import json, sys, networkx as nx
        g = nx.read_graphml(sys.argv[1]) if sys.argv[1].endswith(".graphml") else nx.read_gexf(sys.argv[1])
        names = ["event_type", "event_date", "date_precision", "date_basis"]
        edges = g.edges(keys=True, data=True) if g.is_multigraph() else ((u, v, None, d) for u, v, d in g.edges(data=True))
        print(json.dumps({
            "nodes": {n: "|".join(f"{name}={d[name]}" for name in names if name in d) for n, d in g.nodes(data=True)},
            "text": sorted({type(d[name]).__name__ for _, d in g.nodes(data=True) for name in names if name in d}),
            "edges": {(d.get("id") or k): [type(d["evidence_count"]).__name__, d["evidence_count"]] for _, _, k, d in edges},
        }))
        """;

    /// <summary>The same from python-igraph, which keeps every number as a float and an absent text as "".</summary>
    private const string IgraphScript = """
        import json, sys, igraph
        g = igraph.Graph.Read_GraphML(sys.argv[1])
        names = ["event_type", "event_date", "date_precision", "date_basis"]
        print(json.dumps({
            "nodes": {v["id"]: "|".join(f"{name}={v[name]}" for name in names if v[name]) for v in g.vs},
            "edges": {e["id"]: e["evidence_count"] for e in g.es},
        }))
        """;

    private static readonly string[] EventAttributeNames = ["event_type", "event_date", "date_precision", "date_basis"];

    [Fact]
    public void The_build_has_typed_relations_dated_events_and_varied_evidence_so_the_exports_must_carry_them()
    {
        Assert.True(build.Exit == 0, build.Errors);
        Assert.NotEmpty(build.EventDates);
        Assert.Contains(build.EventAttributes.Values, attributes => attributes.Length == 0);
        Assert.Contains(build.EvidenceCounts, edge => edge.Count > 1);
        Assert.Contains(build.EvidenceCounts, edge => edge.Count == 1);
        Assert.Contains(build.Relations, relation => relation.Label is not null && relation.Kind != "co_mention");
        Assert.Contains(build.Relations, relation => relation.Kind == "co_mention");
    }

    [NetworkxFact]
    public void Networkx_reads_the_graphml_with_integer_evidence_counts_and_the_stored_event_facts()
    {
        AssertPythonReport(RunReport(Networkx.ReadGraphML(NetworkxScript, build.Export(".graphml"))));
    }

    [NetworkxGexfFact]
    public void Networkx_reads_the_gexf_with_integer_evidence_counts_and_the_stored_event_facts()
    {
        AssertPythonReport(RunReport(Networkx.ReadGexf(NetworkxScript, build.Export(".gexf"))));
    }

    [IgraphFact]
    public void Igraph_reads_the_evidence_counts_and_event_facts_of_the_graphml()
    {
        var report = RunReport(Igraph.ReadGraphML(IgraphScript, build.Export(".graphml")));

        Assert.Equal(build.EventAttributes, Strings(report.GetProperty("nodes")));
        Assert.Equal(
            build.EvidenceCounts.Select(edge => $"{edge.EdgeId}={edge.Count}"),
            report.GetProperty("edges").EnumerateObject().Select(edge => $"{edge.Name}={edge.Value.GetDouble()}"));
    }

    [GraphologyFact]
    public void Graphology_imports_the_json_with_numeric_evidence_counts_and_the_stored_event_facts()
    {
        using var report = JsonDocument.Parse(Graphology.Import(build.Export(".json")));
        var root = report.RootElement;

        AssertJavaScriptAttributes(root.GetProperty("nodeAttributes"), root.GetProperty("edgeAttributes").EnumerateObject().Select(edge => (edge.Name, edge.Value)));
    }

    [GraphologyGraphMLFact]
    public void Graphology_graphml_parses_numeric_evidence_counts_and_the_stored_event_facts()
    {
        using var report = JsonDocument.Parse(GraphologyGraphML.Parse(build.Export(".graphml")));
        var root = report.RootElement;

        AssertJavaScriptAttributes(
            root.GetProperty("nodes"),
            root.GetProperty("edges").EnumerateArray().Select(edge => (edge.GetProperty("key").GetString()!, edge.GetProperty("attributes"))));
    }

    [Fact]
    public void The_dot_file_labels_typed_relations_with_kind_and_label_and_shows_event_dates()
    {
        var lines = System.Text.Encoding.UTF8.GetString(build.Export(".dot")).Split('\n');
        var edgeLines = lines.Where(line => line.StartsWith("  \"n", StringComparison.Ordinal) && line.Contains(" -> ", StringComparison.Ordinal)).ToList();

        Assert.Equal(build.Relations.Count, edgeLines.Count);
        foreach (var ((kind, label), line) in build.Relations.Zip(edgeLines))
        {
            if (kind == "co_mention")
            {
                Assert.DoesNotContain("label=", line, StringComparison.Ordinal);
            }
            else
            {
                Assert.Contains("[label=\"" + (label is null ? kind : kind + ": " + label) + "\"", line, StringComparison.Ordinal);
            }
        }

        Assert.All(
            edgeLines.Zip(build.EvidenceCounts),
            pair => Assert.Contains($", {pair.Second.Count} evidence sentence", pair.First, StringComparison.Ordinal));
        foreach (var (id, date) in build.EventDates)
        {
            var node = Assert.Single(lines, line => line.StartsWith($"  \"{id}\" [", StringComparison.Ordinal));
            Assert.Matches("label=\"[^\"]+\\\\n" + System.Text.RegularExpressions.Regex.Escape(date) + "\", shape=\"diamond\"", node);
        }
    }

    [GraphvizFact]
    public void Dot_draws_the_typed_graph_without_a_warning()
    {
        var run = Graphviz.Render(build.Export(".dot"), "svg");

        Assert.True(run.ExitCode == 0, $"dot exited with {run.ExitCode}: {run.Error}");
        Assert.Equal(string.Empty, run.Error);
    }

    /// <summary>A networkx report: event attributes as stored and all text, evidence counts as Python ints equal to the rows.</summary>
    private void AssertPythonReport(JsonElement report)
    {
        Assert.Equal(build.EventAttributes, Strings(report.GetProperty("nodes")));
        Assert.Equal(["str"], report.GetProperty("text").EnumerateArray().Select(type => type.GetString()));
        Assert.Equal(
            build.EvidenceCounts.Select(edge => $"{edge.EdgeId}=int:{edge.Count}"),
            report.GetProperty("edges").EnumerateObject()
                .Select(edge => $"{edge.Name}={edge.Value[0].GetString()}:{edge.Value[1].GetRawText()}")
                .OrderBy(text => int.Parse(text[1..text.IndexOf('=', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>A graphology view: event attributes as stored, as JavaScript strings; evidence counts as JavaScript numbers.</summary>
    private void AssertJavaScriptAttributes(JsonElement nodes, IEnumerable<(string Key, JsonElement Attributes)> edges)
    {
        var events = nodes.EnumerateObject().ToDictionary(
            node => node.Name,
            node => string.Join("|", EventAttributeNames.Where(name => node.Value.TryGetProperty(name, out _)).Select(name => $"{name}={node.Value.GetProperty(name).GetString()}")));
        Assert.Equal(build.EventAttributes, events);
        Assert.Equal(
            build.EvidenceCounts.Select(edge => $"{edge.EdgeId}=Number:{edge.Count}"),
            edges.Select(edge => $"{edge.Key}={edge.Attributes.GetProperty("evidence_count").ValueKind}:{edge.Attributes.GetProperty("evidence_count").GetRawText()}"));
    }

    private static Dictionary<string, string> Strings(JsonElement map) =>
        map.EnumerateObject().ToDictionary(property => property.Name, property => property.Value.GetString()!);

    /// <summary>The report a Python script printed, or the script's error as the failure message.</summary>
    private static JsonElement RunReport(ProgramRun run)
    {
        Assert.True(run.ExitCode == 0, run.Error);
        using var report = JsonDocument.Parse(run.Output);
        return report.RootElement.Clone();
    }
}
