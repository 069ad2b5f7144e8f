using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Cli.Tests.Resolution;
using KnowledgeGraph.Cli.Tests.Support;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// <c>kg render</c> on the sample articles' database: the pictures it draws with the real Graphviz, and its messages
/// when the output name, the database or Graphviz itself is wrong.
/// </summary>
[Collection(nameof(ConsoleCollection))]
public sealed partial class RenderCommandTests(SampleDatabaseFixture samples) : IClassFixture<SampleDatabaseFixture>, IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [ToolFact("dot")]
    public void Draws_an_svg_of_the_sample_graph_with_dot_by_default_and_says_so()
    {
        var (exit, errors, picture) = Render("graph.svg");

        Assert.Equal(0, exit);
        var svg = Encoding.UTF8.GetString(picture);
        Assert.Contains("<svg", svg);
        var nodes = NodeGroup().Count(svg);
        Assert.True(nodes > 50, $"only {nodes} nodes drawn");
        Assert.Matches(@"^Drew \d+ nodes and \d+ edges with Graphviz dot to .*graph\.svg\s*$", errors);
    }

    [ToolFact("dot")]
    public void Draws_png_and_pdf_by_the_output_extension()
    {
        var (pngExit, _, png) = Render("graph.PNG");
        var (pdfExit, _, pdf) = Render("graph.pdf");

        Assert.Equal(0, pngExit);
        Assert.Equal(0, pdfExit);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
    }

    /// <summary>Graphviz warns on standard error and carries on, so a warning would show in kg's own errors.</summary>
    [ToolFact("dot")]
    public void Dot_and_sfdp_draw_the_sample_graph_without_warnings_and_differently()
    {
        var (dotExit, dotErrors, byDot) = Render("dot.svg", "--layout", "dot");
        var (sfdpExit, sfdpErrors, bySfdp) = Render("sfdp.svg", "--layout", "sfdp");

        Assert.Equal(0, dotExit);
        Assert.Equal(0, sfdpExit);
        Assert.DoesNotContain("Graphviz said", dotErrors + sfdpErrors);
        Assert.DoesNotContain("Warning", dotErrors + sfdpErrors, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("with Graphviz sfdp", sfdpErrors);
        Assert.NotEqual(byDot, bySfdp);
        Assert.Equal(NodeGroup().Count(Encoding.UTF8.GetString(byDot)), NodeGroup().Count(Encoding.UTF8.GetString(bySfdp)));
    }

    [ToolFact("dot")]
    public void The_view_options_of_export_cut_the_picture_down()
    {
        var (_, _, whole) = Render("whole.svg");
        var (exit, errors, people) = Render("people.svg", "--kinds", "person", "--drop-isolated");

        Assert.Equal(0, exit);
        Assert.Contains("The view kept", errors);
        var kept = NodeGroup().Count(Encoding.UTF8.GetString(people));
        Assert.InRange(kept, 2, NodeGroup().Count(Encoding.UTF8.GetString(whole)) - 1);
        Assert.DoesNotContain("legend_place", Encoding.UTF8.GetString(people));
    }

    [Fact]
    public void An_output_that_is_no_picture_format_is_a_usage_error_listing_the_formats()
    {
        var (exit, _, errors) = ConsoleCapture.Run("render", "--db", samples.DatabasePath, "--output", _directory.File("graph.jpg"));

        Assert.Equal(1, exit);
        Assert.Contains("'graph.jpg'", errors);
        Assert.Contains("FILE.svg, FILE.png, FILE.pdf", errors);
        Assert.False(File.Exists(_directory.File("graph.jpg")));
    }

    [Fact]
    public void An_unknown_layout_is_a_usage_error()
    {
        var (exit, _, errors) = ConsoleCapture.Run("render", "--db", samples.DatabasePath, "--output", _directory.File("graph.svg"), "--layout", "circo");

        Assert.Equal(1, exit);
        Assert.Contains("circo", errors);
    }

    [Fact]
    public void A_missing_database_is_an_input_problem()
    {
        var (exit, _, errors) = ConsoleCapture.Run("render", "--db", _directory.File("absent.db"), "--output", _directory.File("graph.svg"));

        Assert.Equal(2, exit);
        Assert.Contains("absent.db", errors);
        Assert.False(File.Exists(_directory.File("absent.db")));
    }

    /// <summary>kg looks Graphviz up on the PATH, so a PATH of one empty folder is a machine without it.</summary>
    [Fact]
    public void Without_graphviz_it_says_how_to_install_it_and_draws_nothing()
    {
        var emptyFolder = Directory.CreateDirectory(_directory.File("empty-bin")).FullName;
        var picture = _directory.File("graph.svg");

        var (exit, _, errors) = KgProcess.Run(new Dictionary<string, string> { ["PATH"] = emptyFolder }, "render", "--db", samples.DatabasePath, "--output", picture);

        Assert.Equal(3, exit);
        Assert.Contains("kg: error: Graphviz is not installed", errors);
        Assert.Contains("sudo apt-get install graphviz", errors);
        Assert.Contains("brew install graphviz", errors);
        Assert.False(File.Exists(picture));
    }

    private (int Exit, string Errors, byte[] Picture) Render(string fileName, params string[] options)
    {
        var picture = _directory.File(fileName);
        var (exit, _, errors) = ConsoleCapture.Run(["render", "--db", samples.DatabasePath, "--output", picture, .. options]);
        return (exit, errors, File.Exists(picture) ? File.ReadAllBytes(picture) : []);
    }

    /// <summary>The group Graphviz's SVG writes per entity node (the legend's samples are named legend_*).</summary>
    [GeneratedRegex("""<title>n[0-9]+</title>""")]
    private static partial Regex NodeGroup();
}
