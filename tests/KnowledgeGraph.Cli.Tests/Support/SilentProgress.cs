using KnowledgeGraph.Cli.Pipeline;
using KnowledgeGraph.Extraction.Ingest;

namespace KnowledgeGraph.Cli.Tests.Support;

/// <summary>Records what an ingest reports instead of printing it.</summary>
internal sealed class SilentProgress : IIngestProgress
{
    public List<string> Files { get; } = [];

    public List<ReadProblem> Problems { get; } = [];

    public void Started(int fileCount)
    {
    }

    public void FileDone(string path) => Files.Add(path);

    public void Problem(ReadProblem problem) => Problems.Add(problem);
}
