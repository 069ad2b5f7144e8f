namespace KnowledgeGraph.Extraction.Ingest;

/// <summary>Something that could not be read, or was read with a repair (e.g. invalid UTF-8 replaced).</summary>
/// <param name="Path">The file (or JSON Lines record) concerned.</param>
/// <param name="Reason">One human sentence.</param>
/// <param name="Skipped">True when nothing was loaded from <paramref name="Path"/>; false for a repair.</param>
public sealed record ReadProblem(string Path, string Reason, bool Skipped);
