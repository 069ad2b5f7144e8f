namespace KnowledgeGraph.Export.Tests;

/// <summary>
/// sfdp, the layout the README gives for big graphs, reads the DOT export as dot does: without a warning, for the
/// sample graph and the nasty names alike. (dot itself is checked beside the writer, in DotExporterTests.)
/// </summary>
public class GraphvizLayoutTests
{
    private readonly DotExporter _exporter = new();

    [GraphvizFact]
    public void SfdpLaysOutTheSmallGraphWithoutComplaint()
    {
        var run = Graphviz.Render(ExportOutput.Bytes(_exporter, SampleGraphs.Small()), "svg", "sfdp");

        Assert.True(run.ExitCode == 0, $"sfdp exited with {run.ExitCode}: {run.Error}");
        Assert.Equal(string.Empty, run.Error);
    }

    [GraphvizFact]
    public void SfdpLaysOutTheNastyGraphWithoutComplaint()
    {
        var run = Graphviz.Render(ExportOutput.Bytes(_exporter, SampleGraphs.NastyNames()), "svg", "sfdp");

        Assert.True(run.ExitCode == 0, $"sfdp exited with {run.ExitCode}: {run.Error}");
        Assert.Equal(string.Empty, run.Error);
    }
}
