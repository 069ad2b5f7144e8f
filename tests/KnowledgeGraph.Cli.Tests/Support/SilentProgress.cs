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

    /// <summary>How many documents were extracted.</summary>
    public int Documents { get; private set; }

    public void DocumentExtracted() => Documents++;

    public void Problem(ReadProblem problem) => Problems.Add(problem);

    /// <summary>The stale count each re-extraction announced.</summary>
    public List<int> Reprocessings { get; } = [];

    /// <summary>The last count of documents re-extracted.</summary>
    public int Reprocessed { get; private set; }

    public void Reprocessing(int stale, int total) => Reprocessings.Add(stale);

    public void DocumentReprocessed(int done) => Reprocessed = done;
}
