namespace KnowledgeGraph.Core.Facts;

/// <summary>One occurrence of an entity in a document.</summary>
/// <param name="EntityId">The <see cref="LocalEntity.Id"/> it refers to.</param>
/// <param name="Sentence">Index of the sentence that holds it.</param>
/// <param name="Span">Half-open character offsets into the document's cleaned text.</param>
/// <param name="Text">The covered text, exactly <c>Span.Slice(document.Text)</c>.</param>
public sealed record Mention(int EntityId, int Sentence, TextSpan Span, string Text);
