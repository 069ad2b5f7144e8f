using System.Text;
using System.Xml.Linq;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Export.Tests;

public class DotExporterTests
{
    /// <summary>Graphviz rejects input lines this long or longer.</summary>
    private const int GraphvizLineLimit = 16_384;

    private readonly DotExporter _exporter = new();

    [Fact]
    public void NamesTheFormat()
    {
        Assert.Equal("DOT", _exporter.FormatName);
        Assert.Equal(".dot", _exporter.FileExtension);
    }

    [Fact]
    public void WritesAQuotedDigraphInUtf8WithoutBom()
    {
        var bytes = ExportOutput.Bytes(_exporter, SampleGraphs.Small());
        var text = Encoding.UTF8.GetString(bytes);

        Assert.StartsWith("digraph \"knowledge_graph\" {\n  graph [charset=\"UTF-8\", layout=", text);
        Assert.EndsWith("}\n", text);
    }

    [Fact]
    public void ASmallGraphAsksForDotWithItsDefaults()
    {
        Assert.Equal("  graph [charset=\"UTF-8\", layout=\"dot\", fontname=\"Helvetica\"];", Lines(SampleGraphs.Small())[1]);
        Assert.Equal("  graph [charset=\"UTF-8\", layout=\"dot\", fontname=\"Helvetica\"];", Lines(NewsLikeGraphs.Generate(DotLayout.MaxNodesForDot))[1]);
    }

    [Fact]
    public void ABigGraphAsksForSfdpWithoutOverlapsAndWithStraightEdges()
    {
        var header = Lines(NewsLikeGraphs.Generate(DotLayout.MaxNodesForDot + 1))[1];

        Assert.Equal(
            "  graph [charset=\"UTF-8\", layout=\"sfdp\", overlap=\"prism\", splines=\"line\", outputorder=\"edgesfirst\", fontname=\"Helvetica\"];",
            header);
    }

    [Fact]
    public void AChosenLayoutWinsOverTheGraphSize()
    {
        Assert.Contains("layout=\"sfdp\"", Lines(SampleGraphs.Small(), DotLayout.Sfdp)[1]);
        Assert.Contains("layout=\"neato\"", Lines(SampleGraphs.Small(), DotLayout.Neato)[1]);
        Assert.Contains("layout=\"dot\"", Lines(NewsLikeGraphs.Generate(DotLayout.MaxNodesForDot + 1), DotLayout.Dot)[1]);
    }

    [Fact]
    public void TheLayoutChangesOnlyTheGraphAttributes()
    {
        var graph = NewsLikeGraphs.Generate(50);

        var dot = Lines(graph, DotLayout.Dot);
        var sfdp = Lines(graph, DotLayout.Sfdp);

        Assert.Equal(dot.Count, sfdp.Count);
        Assert.Equal(dot.Where((_, i) => i != 1), sfdp.Where((_, i) => i != 1));
    }

    [Fact]
    public void NodesAreStyledByKindInGraphOrder()
    {
        var lines = Lines(SampleGraphs.Small());

        var nodeLines = lines.Where(line => line.StartsWith("  \"n", StringComparison.Ordinal) && !line.Contains("->", StringComparison.Ordinal)).ToList();

        Assert.Equal(
            "  \"n1\" [label=\"Marco Rubio\", shape=\"ellipse\", fillcolor=\"" + GraphStyle.ColorOf(EntityKind.Person).Hex
            + "\", tooltip=\"person, 12 mentions in 3 documents\\nAliases: Marco Rubio | Rubio\"];",
            nodeLines[0]);
        Assert.Equal(new[] { "n1", "n2", "n3", "n4", "n5" }, nodeLines.Select(line => line.Split('"')[1]));
        Assert.Contains("shape=\"box\"", nodeLines[1]);
        Assert.Contains("shape=\"house\"", nodeLines[2]);
        Assert.Contains("shape=\"diamond\"", nodeLines[3]);
        Assert.Contains("shape=\"egg\"", nodeLines[4]);
        Assert.Contains("tooltip=\"event, 2 mentions in 1 document\\nType: election\\nDate: 2024-07-28 (day, text)\"", nodeLines[3]);
    }

    [Fact]
    public void AnEventShowsItsDateUnderItsNameWhenTheDateIsKnown()
    {
        var lines = Lines(SampleGraphs.Events()).Where(line => line.StartsWith("  \"n", StringComparison.Ordinal)).ToList();

        Assert.Equal(4, lines.Count);
        Assert.StartsWith("  \"n1\" [label=\"Harbour summit\\n2023-11\", shape=\"diamond\"", lines[0]);
        Assert.EndsWith("tooltip=\"event, 1 mention in 1 document\\nType: summit\\nDate: 2023-11 (month, inferred)\"];", lines[0]);
        Assert.StartsWith("  \"n2\" [label=\"Dock strike\\n2019\"", lines[1]);
        Assert.EndsWith("tooltip=\"event, 1 mention in 1 document\\nDate: 2019 (year, text)\"];", lines[1]);
        Assert.StartsWith("  \"n3\" [label=\"Protest march\", shape=\"diamond\"", lines[2]);
        Assert.EndsWith("tooltip=\"event, 1 mention in 1 document\\nType: protest\"];", lines[2]);
        Assert.Equal("  \"n4\" [label=\"Cold War\", shape=\"diamond\", fillcolor=\"" + GraphStyle.ColorOf(EntityKind.Event).Hex + "\", tooltip=\"event, 1 mention in 1 document\"];", lines[3]);
    }

    [Fact]
    public void ALongEventNameIsCutBeforeTheDateSoTheDateStaysVisible()
    {
        var graph = new EntityGraph();
        var day = new FactDate(new DateOnly(2025, 6, 12), DatePrecision.Day);
        graph.AddVertex(SampleGraphs.EventNode(1, new string('M', 500), new EventFacts("meeting", day, "text", null)));

        var label = Lines(graph).Single(line => line.StartsWith("  \"n1\"", StringComparison.Ordinal));

        Assert.Contains("label=\"" + new string('M', DotExporter.MaxNodeLabelLength - 1) + "…\\n2025-06-12\"", label);
    }

    [Fact]
    public void TypedEdgesAreLabelledWithKindAndLabelCoMentionsWithNothingAndAllWidenedByWeight()
    {
        var edgeLines = Lines(SampleGraphs.Small()).Where(line => line.StartsWith("  \"n", StringComparison.Ordinal) && line.Contains(" -> ", StringComparison.Ordinal)).ToList();

        Assert.Equal(6, edgeLines.Count);
        Assert.Equal(
            "  \"n1\" -> \"n2\" [dir=\"none\", penwidth=\"2.58\", tooltip=\"co_mention (weight 3, 2 documents, 3 evidence sentences)\\nRubio addressed the United Nations on Tuesday.\"];",
            edgeLines[0]);
        Assert.Equal(
            "  \"n1\" -> \"n2\" [label=\"spoke_at: addressed\", penwidth=\"1\", tooltip=\"spoke_at: addressed (weight 1, 1 document, 1 evidence sentence)\\nRubio addressed the United Nations on Tuesday.\"];",
            edgeLines[1]);
        Assert.StartsWith("  \"n2\" -> \"n1\" [label=\"criticised: criticised\"", edgeLines[2]);
        Assert.Contains("tooltip=\"co_mention (weight 0.5, 1 document, 0 evidence sentences)\"]", edgeLines[3]);
        Assert.DoesNotContain("label=", edgeLines[3]);
        Assert.StartsWith("  \"n4\" -> \"n3\" [label=\"located_in\", penwidth=", edgeLines[4]);
        Assert.StartsWith("  \"n5\" -> \"n4\" [dir=\"none\"", edgeLines[5]);
    }

    [Fact]
    public void OnlySymmetricKindsAreDrawnWithoutArrowheads()
    {
        var a = SampleGraphs.Node(1, "Ana Ruiz", EntityKind.Person, 2, 1);
        var b = SampleGraphs.Node(2, "Ben Okafor", EntityKind.Person, 2, 1);
        var graph = new EntityGraph();
        graph.AddVertex(a);
        graph.AddVertex(b);
        graph.AddEdge(new RelationEdge(1, a, b, RelationKinds.MetWith, null, 1, 1, null, EvidenceCount: 1));
        graph.AddEdge(new RelationEdge(2, a, b, RelationKinds.CoMention, null, 1, 1, null, EvidenceCount: 1));
        graph.AddEdge(new RelationEdge(3, a, b, RelationKinds.Leads, null, 1, 1, null, EvidenceCount: 1));

        var edgeLines = Lines(graph).Where(line => line.Contains(" -> \"n", StringComparison.Ordinal)).ToList();

        Assert.Equal(
            [
                "  \"n1\" -> \"n2\" [label=\"met_with\", dir=\"none\", penwidth=\"1\", tooltip=\"met_with (weight 1, 1 document, 1 evidence sentence)\"];",
                "  \"n1\" -> \"n2\" [dir=\"none\", penwidth=\"1\", tooltip=\"co_mention (weight 1, 1 document, 1 evidence sentence)\"];",
                "  \"n1\" -> \"n2\" [label=\"leads\", penwidth=\"1\", tooltip=\"leads (weight 1, 1 document, 1 evidence sentence)\"];",
            ],
            edgeLines);
    }

    [Fact]
    public void ALongRelationLabelIsCutToTheEdgeLabelLengthAndKeptWholeInTheTooltip()
    {
        var minister = SampleGraphs.Node(1, "Ana Ruiz", EntityKind.Person, 2, 1);
        var country = SampleGraphs.Node(2, "Chile", EntityKind.Place, 2, 1);
        var graph = new EntityGraph();
        graph.AddVertex(minister);
        graph.AddVertex(country);
        var title = "Minister of Public Works, Transport, Telecommunications and Coastal Affairs";
        graph.AddEdge(new RelationEdge(1, minister, country, RelationKinds.HoldsPosition, title, 2, 2, null, EvidenceCount: 2));

        var edge = Lines(graph).Single(line => line.Contains(" -> \"n2\"", StringComparison.Ordinal));

        var label = ("holds_position: " + title)[..(DotExporter.MaxEdgeLabelLength - 1)].TrimEnd() + "…";
        Assert.Contains("[label=\"" + label + "\", penwidth=", edge);
        Assert.Equal(DotExporter.MaxEdgeLabelLength, label.Length);
        Assert.Contains("tooltip=\"holds_position: " + title + " (weight 2, 2 documents, 2 evidence sentences)\"", edge);
    }

    [Fact]
    public void LegendShowsOnlyTheKindsUsed()
    {
        var graph = new EntityGraph();
        graph.AddVertex(SampleGraphs.Node(1, "A", EntityKind.Place, 1, 1));
        graph.AddVertex(SampleGraphs.Node(2, "B", EntityKind.Person, 1, 1));
        graph.AddVertex(SampleGraphs.Node(3, "C", EntityKind.Place, 1, 1));

        var text = ExportOutput.Text(_exporter, graph);

        Assert.Contains(
            "  subgraph \"cluster_legend\" {\n"
            + "    graph [label=\"Kinds\", fontname=\"Helvetica\", style=\"rounded\", color=\"#999999\"];\n"
            + "    subgraph \"legend_row\" {\n"
            + "      graph [rank=\"same\"];\n"
            + "      \"legend_person\" [label=\"person\", shape=\"ellipse\", fillcolor=\"" + GraphStyle.ColorOf(EntityKind.Person).Hex + "\"];\n"
            + "      \"legend_place\" [label=\"place\", shape=\"house\", fillcolor=\"" + GraphStyle.ColorOf(EntityKind.Place).Hex + "\"];\n"
            + "      \"legend_person\" -> \"legend_place\" [style=\"invis\"];\n"
            + "    }\n"
            + "  }\n",
            text);
        Assert.DoesNotContain("legend_organization", text);
    }

    [Fact]
    public void EmptyGraphHasNoLegend()
    {
        var text = ExportOutput.Text(_exporter, new EntityGraph());

        Assert.DoesNotContain("cluster_legend", text);
        Assert.EndsWith("}\n", text);
    }

    [Fact]
    public void LongTextIsTruncatedSoEveryLineStaysFarBelowGraphvizLimit()
    {
        var graph = SampleGraphs.NastyNames();
        var longName = SampleGraphs.Node(99, new string('N', 50_000) + "\\", EntityKind.Person, 1, 1, (new string('a', 50_000), 1));
        graph.AddVertex(longName);
        graph.AddEdge(new RelationEdge(999, longName, longName, new string('k', 50_000), null, 1, 1, new string('e', 50_000)));

        var lines = Lines(graph);

        Assert.All(lines, line => Assert.True(line.Length < GraphvizLineLimit / 4, $"line of {line.Length} characters"));
        Assert.Contains(lines, line => line.Contains(new string('N', DotExporter.MaxNodeLabelLength - 1) + "…\"", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("\\n" + new string('e', DotExporter.MaxTooltipTextLength - 1) + "…\"", StringComparison.Ordinal));
    }

    [Fact]
    public void NastyNamesAreEscapedInTheSource()
    {
        var text = ExportOutput.Text(_exporter, SampleGraphs.NastyNames());

        Assert.Contains("label=\"Dwayne \\\"The Rock\\\" Johnson\"", text);
        Assert.Contains("label=\"C:\\\\Users\\\\\"", text);
        Assert.Contains("label=\"Line\\nbreak\\nand\\ncarriage return\"", text);
        Assert.Contains("label=\"BellNullEscape\"", text);
        Assert.Contains("label=\"محمد بن سلمان\"", text);
        Assert.Contains("label=\"AT&amp;amp;T &amp;#65; &amp;lt;\"", text);
    }

    [GraphvizFact]
    public void GraphvizParsesTheNastyGraphWithoutComplaint()
    {
        var run = Graphviz.Render(ExportOutput.Bytes(_exporter, SampleGraphs.NastyNames()), "svg");

        Assert.True(run.ExitCode == 0, $"dot exited with {run.ExitCode}: {run.Error}");
        Assert.Equal(string.Empty, run.Error);
    }

    [GraphvizFact]
    public void GraphvizParsesTheSmallGraphWithoutComplaint()
    {
        var run = Graphviz.Render(ExportOutput.Bytes(_exporter, SampleGraphs.Small()), "svg");

        Assert.True(run.ExitCode == 0, $"dot exited with {run.ExitCode}: {run.Error}");
        Assert.Equal(string.Empty, run.Error);
    }

    [GraphvizFact]
    public void GraphvizDrawsSingleLineNamesExactlyAsGiven()
    {
        var run = Graphviz.Render(ExportOutput.Bytes(_exporter, SampleGraphs.NastyNames()), "svg");
        XNamespace svg = "http://www.w3.org/2000/svg";
        var drawn = XDocument.Parse(run.Output).Descendants(svg + "g")
            .Where(group => (string?)group.Attribute("class") == "node")
            .ToDictionary(
                group => group.Element(svg + "title")!.Value,
                group => string.Join("\n", group.Descendants(svg + "text").Select(text => text.Value)));

        foreach (var (id, expected) in SampleGraphs.NastyNamesAsExported)
        {
            // Line breaks and tabs are layout, not text, in a drawing; every other character must come through.
            if (!expected.Contains('\n', StringComparison.Ordinal) && !expected.Contains('\r', StringComparison.Ordinal))
            {
                Assert.Equal(expected, drawn["n" + id]);
            }
        }

        Assert.Equal("Line\nbreak\nand\ncarriage return", drawn["n4"]);
    }

    [GraphvizFact]
    public void GraphvizDrawsAnEventsDateAsASecondLineOfItsLabel()
    {
        var run = Graphviz.Render(ExportOutput.Bytes(_exporter, SampleGraphs.Events()), "svg");

        Assert.True(run.ExitCode == 0, $"dot exited with {run.ExitCode}: {run.Error}");
        Assert.Equal(string.Empty, run.Error);
        XNamespace svg = "http://www.w3.org/2000/svg";
        var drawn = XDocument.Parse(run.Output).Descendants(svg + "g")
            .Where(group => (string?)group.Attribute("class") == "node")
            .ToDictionary(group => group.Element(svg + "title")!.Value, group => group.Descendants(svg + "text").Select(text => text.Value).ToList());
        Assert.Equal(["Harbour summit", "2023-11"], drawn["n1"]);
        Assert.Equal(["Dock strike", "2019"], drawn["n2"]);
        Assert.Equal(["Cold War"], drawn["n4"]);
    }

    private List<string> Lines(EntityGraph graph) =>
        ExportOutput.Text(_exporter, graph).Split('\n').ToList();

    private static List<string> Lines(EntityGraph graph, DotLayout layout) =>
        ExportOutput.Text(new DotExporter(layout), graph).Split('\n').ToList();
}
