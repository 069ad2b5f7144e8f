using KnowledgeGraph.Extraction.Ingest;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Pipeline;

/// <summary>The outcome of one ingest run.</summary>
/// <param name="Files">Input files found.</param>
/// <param name="DocumentsAdded">Articles stored by this run.</param>
/// <param name="DocumentsAlreadyStored">Articles whose content was stored before (or twice in this run).</param>
/// <param name="Problems">Everything that was skipped or repaired, one entry per file or line.</param>
/// <param name="Totals">Row counts of the database after the run.</param>
internal sealed record IngestSummary(
    int Files,
    int DocumentsAdded,
    int DocumentsAlreadyStored,
    IReadOnlyList<ReadProblem> Problems,
    StoreStatistics Totals)
{
    /// <summary>True when some input could not be used; the exit code says so.</summary>
    public bool HasSkippedInput => Problems.Any(p => p.Skipped);

    /// <summary>Stored documents whose facts an older extraction made, which <c>kg ingest --reprocess</c> would renew.</summary>
    public int OutdatedDocuments { get; init; }
}
