using KnowledgeGraph.Core.Documents;

namespace KnowledgeGraph.Core.Facts;

/// <summary>
/// Everything extraction learned from one document. Extraction is a pure function from a
/// <see cref="Document"/> to this record, which is why it can run on every core.
/// </summary>
/// <param name="Document">The document the facts come from.</param>
/// <param name="Sentences">Character spans of the sentences, in order; <see cref="Mention.Sentence"/> indexes this list.</param>
/// <param name="Entities">The document's entities; an entity's <see cref="LocalEntity.Id"/> is its index here.</param>
/// <param name="Mentions">All mentions, sorted by start offset.</param>
/// <param name="Relations">Relations between entities of this document.</param>
public sealed record DocumentFacts(
    Document Document,
    IReadOnlyList<TextSpan> Sentences,
    IReadOnlyList<LocalEntity> Entities,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<LocalRelation> Relations);
