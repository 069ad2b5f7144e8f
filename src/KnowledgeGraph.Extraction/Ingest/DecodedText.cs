namespace KnowledgeGraph.Extraction.Ingest;

/// <summary>
/// The outcome of decoding a file: <see cref="Text"/> is null when the file was skipped, and
/// <see cref="Problem"/> explains a skip or a repair.
/// </summary>
public sealed record DecodedText(string? Text, ReadProblem? Problem);
