using KnowledgeGraph.Cli.Pipeline;
using KnowledgeGraph.Cli.Tests.Support;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// <c>kg build</c> of samples/ run once into a folder of its own: the database and the export of every format, written
/// the way the command writes them. For tests that compare those files with other ways of writing the same graph.
/// </summary>
public sealed class SamplesBuildFixture : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public SamplesBuildFixture()
    {
        var summary = new BuildService(IngestService.CreateDefault()).Build([RepositoryLayout.Samples], _directory.Path, new SilentProgress(), renderPicture: false);
        DatabasePath = summary.Database;
    }

    public string DatabasePath { get; }

    /// <summary>The file the build wrote for <paramref name="extension"/> (".graphml", ".dot", …).</summary>
    public string ExportPath(string extension) => _directory.File(BuildService.BaseName + extension);

    public void Dispose() => _directory.Dispose();
}
