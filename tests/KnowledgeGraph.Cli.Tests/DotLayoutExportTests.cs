using KnowledgeGraph.Cli.Tests.Resolution;
using KnowledgeGraph.Cli.Tests.Support;

namespace KnowledgeGraph.Cli.Tests;

/// <summary><c>kg export --layout</c>: the layout engine a DOT file names, chosen by size unless asked for.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class DotLayoutExportTests(SampleDatabaseFixture samples) : IClassFixture<SampleDatabaseFixture>, IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void The_sample_graph_names_dot_by_itself_and_sfdp_when_asked()
    {
        Assert.Equal("  graph [charset=\"UTF-8\", layout=\"dot\", fontname=\"Helvetica\"];", Header("auto.dot"));
        Assert.Equal(
            "  graph [charset=\"UTF-8\", layout=\"sfdp\", overlap=\"prism\", splines=\"line\", outputorder=\"edgesfirst\", fontname=\"Helvetica\"];",
            Header("sfdp.dot", "--layout", "sfdp"));
    }

    [Fact]
    public void A_layout_for_a_format_that_is_not_dot_is_a_usage_error()
    {
        var (exit, _, errors) = ConsoleCapture.Run("export", "--db", samples.DatabasePath, "--output", _directory.File("graph.graphml"), "--layout", "sfdp");

        Assert.Equal(1, exit);
        Assert.Contains("--layout", errors);
        Assert.False(File.Exists(_directory.File("graph.graphml")));
    }

    private string Header(string fileName, params string[] options)
    {
        var file = _directory.File(fileName);
        Assert.Equal(0, ConsoleCapture.Run(["export", "--db", samples.DatabasePath, "--output", file, .. options]).Exit);
        return File.ReadLines(file).ElementAt(1);
    }
}
