using KnowledgeGraph.Extraction.Ingest;

namespace KnowledgeGraph.Cli.Pipeline;

/// <summary>What an ingest reports while it runs; the console shows it, tests record it.</summary>
internal interface IIngestProgress
{
    void Started(int fileCount);

    void FileDone(string path);

    /// <summary>One more document was extracted; a file can hold many (JSON Lines, the parts of an oversized article).</summary>
    void DocumentExtracted();

    void Problem(ReadProblem problem);

    /// <summary>Re-extraction of <paramref name="stale"/> outdated documents starts; it re-derives all <paramref name="total"/>.</summary>
    void Reprocessing(int stale, int total);

    /// <summary>Re-extraction has finished <paramref name="done"/> documents.</summary>
    void DocumentReprocessed(int done);
}
