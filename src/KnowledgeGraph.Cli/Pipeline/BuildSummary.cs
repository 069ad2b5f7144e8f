namespace KnowledgeGraph.Cli.Pipeline;

/// <summary>The outcome of <c>kg build</c>: the ingest, the database and the files written.</summary>
/// <param name="Ingest">What the ingest did.</param>
/// <param name="Database">Path of the new database.</param>
/// <param name="Files">Every export written, in the order written.</param>
/// <param name="PictureNote">Why no picture was drawn, or what Graphviz warned about; null when all went well.</param>
internal sealed record BuildSummary(IngestSummary Ingest, string Database, IReadOnlyList<string> Files, string? PictureNote);
