namespace KnowledgeGraph.Storage;

/// <summary>A stored document that mentions a given entity.</summary>
/// <param name="Id">The <c>documents.id</c>.</param>
/// <param name="Title">Headline.</param>
/// <param name="Path">Where the article came from.</param>
/// <param name="MentionCount">Mentions of the entity in this document.</param>
public sealed record EntityDocument(long Id, string Title, string Path, long MentionCount);
