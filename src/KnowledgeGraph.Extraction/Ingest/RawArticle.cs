namespace KnowledgeGraph.Extraction.Ingest;

/// <summary>Text of one article as read from disk, before cleaning.</summary>
/// <param name="Path">The file, or <c>file.jsonl#id</c> for one record of a JSON Lines file.</param>
/// <param name="Text">The article text with line endings normalised to <c>\n</c>; markup already removed.</param>
/// <param name="Title">Headline from the file's metadata; null when the format has none.</param>
/// <param name="Source">The outlet named by the metadata.</param>
/// <param name="Url">The article's address named by the metadata.</param>
/// <param name="Published">Publication date named by the metadata.</param>
public sealed record RawArticle(string Path, string Text, string? Title, string? Source, string? Url, DateOnly? Published);
