using KnowledgeGraph.Cli.Pipeline;
using KnowledgeGraph.Cli.Tests.Support;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// graph-export/ holds the committed output of <c>kg build</c> on samples/. These tests rebuild it and fail when the
/// committed files are stale (which also catches output that changes from one process to the next), and check that
/// two builds give byte-identical files and the same database content.
/// </summary>
public sealed class GraphExportFreshnessTests
{
    private static readonly string[] ComparedFiles = ["knowledge-graph.graphml", "knowledge-graph.gexf", "knowledge-graph.json", "knowledge-graph.dot"];

    [Fact]
    public void Committed_exports_match_a_fresh_build_of_the_samples()
    {
        using var directory = new TemporaryDirectory();
        Build(directory.Path);
        foreach (var name in ComparedFiles)
        {
            var committed = Path.Combine(RepositoryLayout.GraphExport, name);
            Assert.True(File.Exists(committed), $"graph-export/{name} is missing: run 'dotnet run --project src/KnowledgeGraph.Cli -- build'");
            Assert.True(
                File.ReadAllBytes(committed).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(directory.Path, name))),
                $"graph-export/{name} is stale: run 'dotnet run --project src/KnowledgeGraph.Cli -- build' and commit the result");
        }
    }

    [Fact]
    public void Two_builds_give_byte_identical_exports_and_the_same_database_content()
    {
        using var first = new TemporaryDirectory();
        using var second = new TemporaryDirectory();
        Build(first.Path);
        Build(second.Path);
        foreach (var name in ComparedFiles)
        {
            Assert.Equal(File.ReadAllBytes(first.File(name)), File.ReadAllBytes(second.File(name)));
        }

        var dump = DatabaseDump.Of(first.File(BuildService.DatabaseFileName));
        Assert.Contains("## mentions\n1|", dump);
        Assert.Equal(dump, DatabaseDump.Of(second.File(BuildService.DatabaseFileName)));
    }

    private static void Build(string output)
    {
        var summary = new BuildService(IngestService.CreateDefault()).Build([RepositoryLayout.Samples], output, new SilentProgress(), renderPicture: false);
        Assert.True(summary.Ingest.DocumentsAdded >= 8, $"only {summary.Ingest.DocumentsAdded} sample articles were ingested");
    }
}
