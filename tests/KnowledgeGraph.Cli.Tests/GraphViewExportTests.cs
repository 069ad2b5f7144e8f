using System.Xml.Linq;
using KnowledgeGraph.Cli.Tests.Support;

namespace KnowledgeGraph.Cli.Tests;

/// <summary><c>kg export</c> with the view options: on the seed database, and their usage errors.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class GraphViewExportTests(SeedDatabaseFixture seeds) : IClassFixture<SeedDatabaseFixture>, IDisposable
{
    private static readonly XNamespace GraphML = "http://graphml.graphdrawing.org/xmlns";

    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [SharedDataFact]
    public void A_one_hop_focus_on_Marco_Rubio_holds_him_and_Sheinbaum_and_less_than_the_whole_graph()
    {
        var (exit, errors, nodes) = Export("--focus", "Marco Rubio", "--hops", "1");

        Assert.Equal(0, exit);
        var labels = nodes.Select(node => node.Label).ToList();
        Assert.Contains("Marco Rubio", labels);
        Assert.Contains("Claudia Sheinbaum", labels);
        var whole = NodesOf(seeds.GraphMLPath);
        Assert.True(labels.Count < whole.Count, $"the view has {labels.Count} nodes, the whole graph {whole.Count}");
        Assert.Contains($"The view kept {labels.Count} of {whole.Count} nodes", errors);
    }

    [SharedDataFact]
    public void A_focus_name_is_found_ignoring_case_and_accents_and_gives_the_same_file()
    {
        var exact = _directory.File("exact.graphml");
        var folded = _directory.File("folded.graphml");

        Assert.Equal(0, ConsoleCapture.Run("export", "--db", seeds.DatabasePath, "--output", exact, "--focus", "Juan Ramón de la Fuente").Exit);
        Assert.Equal(0, ConsoleCapture.Run("export", "--db", seeds.DatabasePath, "--output", folded, "--focus", "JUAN RAMON DE LA FUENTE").Exit);

        Assert.Equal(File.ReadAllBytes(exact), File.ReadAllBytes(folded));
        Assert.Contains("Juan Ramón de la Fuente", NodesOf(exact).Select(node => node.Label));
    }

    [SharedDataFact]
    public void A_view_is_byte_stable()
    {
        string[] view = ["--kinds", "person,place", "--min-weight", "2", "--top", "8", "--rank", "pagerank", "--collapse"];
        var first = _directory.File("first.graphml");
        var second = _directory.File("second.graphml");

        Assert.Equal(0, ConsoleCapture.Run(["export", "--db", seeds.DatabasePath, "--output", first, .. view]).Exit);
        Assert.Equal(0, ConsoleCapture.Run(["export", "--db", seeds.DatabasePath, "--output", second, .. view]).Exit);

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        var nodes = NodesOf(first);
        Assert.Equal(8, nodes.Count);
        Assert.All(nodes, node => Assert.Contains(node.Kind, new[] { "person", "place" }));
    }

    [SharedDataFact]
    public void Kinds_keep_only_entities_of_those_kinds()
    {
        var (exit, _, nodes) = Export("--kinds", "person");

        Assert.Equal(0, exit);
        Assert.NotEmpty(nodes);
        Assert.All(nodes, node => Assert.Equal("person", node.Kind));
    }

    [SharedDataFact]
    public void Zero_hops_and_an_id_give_the_focus_alone()
    {
        var (_, _, nodes) = Export("--focus", "Marco Rubio", "--hops", "0");
        var id = Assert.Single(nodes).Id;

        var (exit, _, byId) = Export("--focus", "#" + id.TrimStart('n'), "--hops", "0");

        Assert.Equal(0, exit);
        Assert.Equal("Marco Rubio", Assert.Single(byId).Label);
    }

    [SharedDataFact]
    public void Without_view_options_the_export_is_the_whole_graph_and_no_view_is_reported()
    {
        var (exit, errors, nodes) = Export();

        Assert.Equal(0, exit);
        Assert.Equal(NodesOf(seeds.GraphMLPath).Count, nodes.Count);
        Assert.DoesNotContain("The view kept", errors);
    }

    [SharedDataFact]
    public void An_unknown_focus_name_exits_with_input_problem_and_suggests_close_names()
    {
        var (exit, _, errors) = ConsoleCapture.Run("export", "--db", seeds.DatabasePath, "--format", "dot", "--focus", "Marcos Rubio");

        Assert.Equal(2, exit);
        Assert.Contains("no entity is called 'Marcos Rubio'", errors);
        Assert.Contains("Did you mean: Marco Rubio (person, #", errors);
    }

    [SharedDataFact]
    public void A_focus_the_other_options_removed_is_a_usage_error_that_says_so()
    {
        var (exit, _, errors) = ConsoleCapture.Run("export", "--db", seeds.DatabasePath, "--format", "dot", "--kinds", "place", "--focus", "Marco Rubio");

        Assert.Equal(1, exit);
        Assert.Contains("Marco Rubio (person, #", errors);
        Assert.Contains("is not in the view", errors);
    }

    [Theory]
    [InlineData("--hops must be a whole number of 0 or more", "--focus", "Marco Rubio", "--hops", "-1")]
    [InlineData("--hops counts edges away from the --focus entity", "--hops", "2")]
    [InlineData("'persn', 'evnt', which are not entity kinds. Use one or more of person, organization, place, event, other", "--kinds", "person,persn,evnt")]
    [InlineData("--min-weight must be a number of 0 or more", "--min-weight", "heavy")]
    [InlineData("--since '03/04/2025' is not a date: write it as YYYY-MM-DD", "--since", "03/04/2025")]
    [InlineData("--until '2025-02-30' is not a date", "--until", "2025-02-30")]
    [InlineData("--since 2025-03-05 is after --until 2025-03-01", "--since", "2025-03-05", "--until", "2025-03-01")]
    [InlineData("--top must be a whole number of 1 or more", "--top", "0")]
    [InlineData("--rank orders the entities --top keeps", "--rank", "pagerank")]
    public void A_wrong_view_option_is_a_usage_error_that_says_what_to_write(string message, params string[] view)
    {
        var (exit, _, errors) = ConsoleCapture.Run(["export", "--db", _directory.File("absent.db"), "--format", "dot", .. view]);

        Assert.Equal(1, exit);
        Assert.Contains(message, errors);
    }

    [Fact]
    public void Help_explains_the_view_options_and_their_order()
    {
        var (exit, output, _) = ConsoleCapture.Run("export", "--help");

        Assert.Equal(0, exit);
        foreach (var option in new[] { "--focus", "--hops", "--kinds", "--min-weight", "--since", "--until", "--no-co-mention", "--drop-isolated", "--top", "--rank", "--collapse" })
        {
            Assert.Contains(option, output);
        }

        Assert.Contains("apply in this order", output);
    }

    private (int Exit, string Errors, IReadOnlyList<GraphMLNode> Nodes) Export(params string[] view)
    {
        var file = _directory.File($"view-{Guid.NewGuid():N}.graphml");
        var (exit, _, errors) = ConsoleCapture.Run(["export", "--db", seeds.DatabasePath, "--output", file, .. view]);
        return (exit, errors, exit == 0 ? NodesOf(file) : []);
    }

    private static List<GraphMLNode> NodesOf(string path) =>
        XDocument.Load(path).Descendants(GraphML + "node")
            .Select(node => new GraphMLNode(
                (string)node.Attribute("id")!,
                Data(node, "n_label"),
                Data(node, "n_kind")))
            .ToList();

    private static string Data(XElement node, string key) =>
        node.Elements(GraphML + "data").Single(data => (string?)data.Attribute("key") == key).Value;

    private sealed record GraphMLNode(string Id, string Label, string Kind);
}
