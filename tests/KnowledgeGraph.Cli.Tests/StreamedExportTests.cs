using KnowledgeGraph.Cli.Pipeline;
using KnowledgeGraph.Cli.Tests.Support;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Export;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// Issue #7: <c>kg build</c> and <c>kg export</c> without a view write the graph as they read it from the database
/// (<see cref="KnowledgeGraphStore.StreamGraph"/>) instead of loading it whole first. The files must not change by a
/// byte: each is compared with the export of the loaded graph, on a database that the real pipeline built from
/// samples/.
/// </summary>
[Collection(nameof(ConsoleCollection))]
public sealed class StreamedExportTests(SamplesBuildFixture samples) : IClassFixture<SamplesBuildFixture>, IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public static TheoryData<string> Formats => [.. GraphFormats.Names];

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void The_sample_graph_has_what_the_comparisons_need_to_mean_something()
    {
        var graph = LoadGraph();

        Assert.True(graph.VertexCount > 30 && graph.EdgeCount > 30, $"{graph.VertexCount} nodes and {graph.EdgeCount} edges");
        Assert.Contains(graph.Vertices, node => node.Event is not null);
        Assert.Contains(graph.Vertices, node => node.FirstSeen is not null);
        Assert.Contains(graph.Vertices, node => node.Aliases.Count > 1);
        Assert.Contains(graph.Edges, edge => edge.Label is not null);
        Assert.Contains(graph.Edges, edge => edge.Evidence is not null && edge.FirstSeen is not null);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void The_streamed_graph_exports_the_bytes_of_the_loaded_graph(string format)
    {
        var exporter = GraphFormats.Create(format);
        using var store = KnowledgeGraphStore.OpenForReading(samples.DatabasePath);
        var loaded = Bytes(exporter, store.LoadGraph());

        byte[] streamed;
        using (var graph = store.StreamGraph())
        {
            streamed = Bytes(exporter, graph);
        }

        AssertSameBytes(loaded, streamed, $"the streamed {format} export");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Kg_build_writes_the_exports_of_the_loaded_graph(string format)
    {
        var exporter = GraphFormats.Create(format);

        AssertSameBytes(Bytes(exporter, LoadGraph()), File.ReadAllBytes(samples.ExportPath(exporter.FileExtension)), $"the {format} file of kg build");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Kg_export_without_a_view_writes_the_loaded_graph_and_counts_what_it_wrote(string format)
    {
        var output = _directory.File("graph." + format);
        var graph = LoadGraph();

        var (exit, _, errors) = ConsoleCapture.Run("export", "--db", samples.DatabasePath, "--format", format, "--output", output);

        Assert.Equal(0, exit);
        AssertSameBytes(Bytes(GraphFormats.Create(format), graph), File.ReadAllBytes(output), $"the {format} file of kg export");
        Assert.Contains($"with {graph.VertexCount} nodes and {graph.EdgeCount} edges to", errors);
    }

    [Fact]
    public void A_dot_layout_chosen_by_hand_is_kept_when_streaming()
    {
        var output = _directory.File("graph.dot");

        var (exit, _, _) = ConsoleCapture.Run("export", "--db", samples.DatabasePath, "--output", output, "--layout", "neato");

        Assert.Equal(0, exit);
        AssertSameBytes(Bytes(new DotExporter(DotLayout.Neato), LoadGraph()), File.ReadAllBytes(output), "the neato DOT file");
    }

    [Fact]
    public void A_view_that_keeps_everything_writes_the_file_that_no_view_writes()
    {
        // --min-weight 0 drops nothing but is a view, so this export loads the graph while the other streams it.
        var viewed = _directory.File("viewed.gexf");
        var whole = _directory.File("whole.gexf");

        var (viewExit, _, viewErrors) = ConsoleCapture.Run("export", "--db", samples.DatabasePath, "--output", viewed, "--min-weight", "0");
        var (wholeExit, _, wholeErrors) = ConsoleCapture.Run("export", "--db", samples.DatabasePath, "--output", whole);

        Assert.Equal((0, 0), (viewExit, wholeExit));
        Assert.Contains("The view kept", viewErrors);
        Assert.DoesNotContain("The view kept", wholeErrors);
        AssertSameBytes(File.ReadAllBytes(viewed), File.ReadAllBytes(whole), "the GEXF of an everything-view");
    }

    private EntityGraph LoadGraph()
    {
        using var store = KnowledgeGraphStore.OpenForReading(samples.DatabasePath);
        return store.LoadGraph();
    }

    private static byte[] Bytes(IGraphExporter exporter, IVertexAndEdgeSet<EntityNode, RelationEdge> graph)
    {
        using var stream = new MemoryStream();
        exporter.Write(graph, stream);
        return stream.ToArray();
    }

    /// <summary>Byte for byte, reporting where the files part rather than dumping both.</summary>
    private static void AssertSameBytes(byte[] expected, byte[] actual, string what)
    {
        var differAt = expected.AsSpan().CommonPrefixLength(actual);
        Assert.True(
            differAt == expected.Length && differAt == actual.Length,
            $"{what} differs from the export of the loaded graph at byte {differAt} ({expected.Length} bytes expected, {actual.Length} written)");
    }
}
