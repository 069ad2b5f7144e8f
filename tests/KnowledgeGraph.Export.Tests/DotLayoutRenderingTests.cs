using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Export.Tests;

/// <summary>
/// The layouts DotExporter asks for, drawn by the real Graphviz: every engine must take our attributes without a
/// warning (Graphviz warns, and carries on, about attributes or values an engine does not know), on the small
/// fixture, the nasty names and a big generated graph, and the file alone must decide which engine draws it.
/// </summary>
public class DotLayoutRenderingTests
{
    [GraphvizFact]
    public void EveryLayoutDrawsTheSmallGraphAndTheNastyNamesWithoutWarnings()
    {
        foreach (var layout in DotLayout.All)
        {
            AssertDrawsWithoutWarnings(SampleGraphs.Small(), layout);
            AssertDrawsWithoutWarnings(SampleGraphs.NastyNames(), layout);
        }
    }

    [GraphvizFact]
    public void DotAndSfdpDrawAFiveHundredNodeGraphWithoutWarnings()
    {
        var graph = NewsLikeGraphs.Generate(500);

        AssertDrawsWithoutWarnings(graph, DotLayout.Dot);
        AssertDrawsWithoutWarnings(graph, DotLayout.Sfdp);
    }

    /// <summary>
    /// sfdp's own defaults leave nodes on top of each other; <c>overlap=prism</c> must leave none, measured on the
    /// node boxes of Graphviz's plain output (centre, width and height of every node).
    /// </summary>
    [GraphvizFact]
    public void SfdpLeavesNoNodeCoveringAnother()
    {
        var run = Graphviz.Render(ExportOutput.Bytes(new DotExporter(DotLayout.Sfdp), NewsLikeGraphs.Generate(500)), "plain");
        Assert.True(run.ExitCode == 0, run.Error);
        var boxes = run.Output.Split('\n')
            .Select(line => line.Split(' '))
            .Where(fields => fields[0] == "node")
            .Select(fields => (X: Number(fields[2]), Y: Number(fields[3]), Width: Number(fields[4]), Height: Number(fields[5])))
            .ToList();

        var overlapping = boxes.SelectMany((a, i) => boxes.Skip(i + 1).Where(b =>
            Math.Abs(a.X - b.X) < (a.Width + b.Width) / 2 && Math.Abs(a.Y - b.Y) < (a.Height + b.Height) / 2)).Count();

        Assert.True(boxes.Count > 500, $"{boxes.Count} nodes in the plain output");
        Assert.Equal(0, overlapping);
    }

    /// <summary>
    /// Graphviz's programs differ only in the engine they use by default, and the <c>layout</c> attribute overrides
    /// that default; so <c>dot</c> and <c>sfdp</c> given a file that asks for sfdp draw the same picture, and one that
    /// asks for dot draws another. This is what lets <c>dot -Tsvg file.dot</c>, and kg build, draw a big graph with sfdp.
    /// </summary>
    [GraphvizFact]
    public void TheFileChoosesTheEngineWhicheverGraphvizProgramReadsIt()
    {
        var graph = NewsLikeGraphs.Generate(60);
        var asksForSfdp = ExportOutput.Bytes(new DotExporter(DotLayout.Sfdp), graph);
        var sfdp = ExternalProgram.FindOnPath("sfdp", "sfdp.exe");
        Assert.True(sfdp is not null, "Graphviz's 'sfdp' is not on PATH beside 'dot'; install the full graphviz package.");

        var dot = Graphviz.FindDot()!;
        var byDot = ExternalProgram.RunOnFile(dot, ["-Tsvg"], asksForSfdp, ".dot");
        var bySfdp = ExternalProgram.RunOnFile(sfdp, ["-Tsvg"], asksForSfdp, ".dot");
        var layeredByDot = ExternalProgram.RunOnFile(dot, ["-Tsvg"], ExportOutput.Bytes(new DotExporter(DotLayout.Dot), graph), ".dot");

        Assert.True(byDot.ExitCode == 0 && bySfdp.ExitCode == 0, byDot.Error + bySfdp.Error);
        Assert.Equal(bySfdp.Output, byDot.Output);
        Assert.NotEqual(layeredByDot.Output, byDot.Output);
    }

    private static double Number(string text) => double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static void AssertDrawsWithoutWarnings(EntityGraph graph, DotLayout layout)
    {
        var run = Graphviz.Render(ExportOutput.Bytes(new DotExporter(layout), graph), "svg");

        Assert.True(run.ExitCode == 0, $"{layout} exited with {run.ExitCode}: {run.Error}");
        Assert.True(run.Error.Length == 0, $"{layout} on {graph.VertexCount} nodes said: {run.Error}");
        Assert.Contains("<svg", run.Output, StringComparison.Ordinal);
    }
}
