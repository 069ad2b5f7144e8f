using KnowledgeGraph.Extraction.Ingest;

namespace KnowledgeGraph.Cli.Pipeline;

/// <summary>What an ingest reports while it runs; the console shows it, tests record it.</summary>
internal interface IIngestProgress
{
    void Started(int fileCount);

    void FileDone(string path);

    void Problem(ReadProblem problem);
}
