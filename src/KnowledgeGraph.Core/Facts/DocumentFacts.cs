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
    IReadOnlyList<LocalRelation> Relations)
{
    /// <summary>
    /// The version of the extraction that made these facts (<c>documents.extractor_version</c>). 0 for facts made by
    /// hand, which any real extraction replaces.
    /// </summary>
    public int ExtractorVersion { get; init; }

    /// <summary>
    /// The events the document reports. Each is also in <see cref="Entities"/> (kind event), and its participants are
    /// linked to it by <c>participant_in</c> relations.
    /// </summary>
    public IReadOnlyList<LocalEvent> Events { get; init; } = [];

    /// <summary>The document's direct quotations, sorted by start.</summary>
    public IReadOnlyList<LocalQuote> Quotes { get; init; } = [];

    /// <summary>
    /// The day relative times ("on Tuesday") were counted from: the publication date, or one the text gives; null when
    /// the article has none, and then its events may carry a <see cref="LocalEvent.Floating"/> date.
    /// </summary>
    public DateOnly? ReferenceDate { get; init; }
}
