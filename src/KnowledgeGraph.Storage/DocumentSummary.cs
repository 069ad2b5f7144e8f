namespace KnowledgeGraph.Storage;

/// <summary>A stored document without its text, for listing what a database holds.</summary>
/// <param name="Id">The <c>documents.id</c>.</param>
/// <param name="Path">Where the article came from.</param>
/// <param name="Title">Headline.</param>
/// <param name="Source">The outlet, or null.</param>
/// <param name="Published">Publication date, or null.</param>
/// <param name="ContentHash">Hex SHA-256 of the cleaned text.</param>
/// <param name="MentionCount">Mentions stored for it.</param>
public sealed record DocumentSummary(
    long Id,
    string Path,
    string Title,
    string? Source,
    DateOnly? Published,
    string ContentHash,
    long MentionCount);
