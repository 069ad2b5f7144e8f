using System.Text.Json;
using KnowledgeGraph.Export.Tests;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// An article whose names hold <c>&amp;</c>, <c>&lt;</c>, <c>"</c>, <c>\</c> and control characters, built with
/// <c>kg build</c>, gives files that every consumer we promise still opens, each seeing every stored name as stored:
/// networkx (GraphML; GEXF from networkx 3), igraph (GraphML), graphology (JSON), graphology-graphml (GraphML),
/// xmllint (GraphML and GEXF), and dot and sfdp (DOT) without a warning.
/// </summary>
[Collection(nameof(ConsoleCollection))]
public sealed class HostileArticleConsumerTests(HostileArticleBuild build) : IClassFixture<HostileArticleBuild>
{
    /// <summary>Prints the node labels and the edge count of the GraphML or GEXF file in sys.argv[1], told apart by its extension.</summary>
    private const string NetworkxScript = """
        import json, sys, networkx as nx
        g = nx.read_graphml(sys.argv[1]) if sys.argv[1].endswith(".graphml") else nx.read_gexf(sys.argv[1])
        print(json.dumps({"labels": [d["label"] for _, d in g.nodes(data=True)], "edges": g.number_of_edges()}))
        """;

    private const string IgraphScript = """
        import json, sys, igraph
        g = igraph.Graph.Read_GraphML(sys.argv[1])
        print(json.dumps({"labels": g.vs["label"], "edges": g.ecount()}))
        """;

    [Fact]
    public void The_hostile_characters_reach_the_database_so_the_exports_must_carry_them()
    {
        Assert.True(build.Exit == 0, build.Errors);
        var names = build.Names;
        foreach (var character in new[] { '&', '<', '>', '"', '\\' })
        {
            Assert.True(names.Any(name => name.Contains(character, StringComparison.Ordinal)), $"no stored name holds {character}: {string.Join(" · ", names)}");
        }

        Assert.Contains(names, name => name.EndsWith('\\'));
        Assert.Contains(build.EvidenceTexts, text => text.Contains('"', StringComparison.Ordinal));
        // The cleaner drops control characters before tagging, so the words they split come through whole.
        Assert.DoesNotContain(names, name => name.Any(char.IsControl));
        Assert.Contains("JeanLuc Martin", names);
    }

    [NetworkxFact]
    public void Networkx_reads_the_graphml()
    {
        AssertSameGraph(RunReport(Networkx.ReadGraphML(NetworkxScript, build.Export(".graphml"))));
    }

    [NetworkxGexfFact]
    public void Networkx_reads_the_gexf()
    {
        AssertSameGraph(RunReport(Networkx.ReadGexf(NetworkxScript, build.Export(".gexf"))));
    }

    [IgraphFact]
    public void Igraph_reads_the_graphml()
    {
        AssertSameGraph(RunReport(Igraph.ReadGraphML(IgraphScript, build.Export(".graphml"))));
    }

    [GraphologyFact]
    public void Graphology_imports_the_json()
    {
        using var report = JsonDocument.Parse(Graphology.Import(build.Export(".json")));
        var root = report.RootElement;

        AssertSameGraph(root.GetProperty("nodes").EnumerateArray().Select(node => node[1].GetString()!), root.GetProperty("size").GetInt32());
    }

    [GraphologyGraphMLFact]
    public void Graphology_graphml_parses_the_graphml()
    {
        using var report = JsonDocument.Parse(GraphologyGraphML.Parse(build.Export(".graphml")));
        var root = report.RootElement;

        AssertSameGraph(
            root.GetProperty("nodes").EnumerateObject().Select(node => node.Value.GetProperty("label").GetString()!),
            root.GetProperty("size").GetInt32());
    }

    [XmllintFact]
    public void Xmllint_finds_the_graphml_and_the_gexf_well_formed()
    {
        foreach (var extension in new[] { ".graphml", ".gexf" })
        {
            var complaints = Xmllint.Complaints([build.Export(extension)], extension);

            Assert.True(complaints.Count == 0, $"xmllint on the {extension} file: {string.Join("\n", complaints.Values)}");
        }
    }

    [GraphvizFact]
    public void Dot_and_sfdp_draw_the_dot_file_without_a_warning()
    {
        foreach (var engine in new[] { "dot", "sfdp" })
        {
            var run = Graphviz.Render(build.Export(".dot"), "svg", engine);

            Assert.True(run.ExitCode == 0, $"{engine} exited with {run.ExitCode}: {run.Error}");
            Assert.Equal(string.Empty, run.Error);
        }
    }

    /// <summary><see cref="AssertSameGraph(IEnumerable{string}, int)"/> on the labels and edge count a Python script printed.</summary>
    private void AssertSameGraph(JsonElement report) =>
        AssertSameGraph(report.GetProperty("labels").EnumerateArray().Select(label => label.GetString()!), report.GetProperty("edges").GetInt32());

    /// <summary>The consumer saw one node per stored entity, labelled with its stored name, and one edge per relation.</summary>
    private void AssertSameGraph(IEnumerable<string> labels, int edgeCount)
    {
        Assert.Equal(build.Names.Order(StringComparer.Ordinal), labels.Order(StringComparer.Ordinal));
        Assert.Equal(build.RelationCount, edgeCount);
    }

    /// <summary>The report a Python script printed, or the script's error as the failure message.</summary>
    private static JsonElement RunReport(ProgramRun run)
    {
        Assert.True(run.ExitCode == 0, run.Error);
        using var report = JsonDocument.Parse(run.Output);
        return report.RootElement.Clone();
    }
}
