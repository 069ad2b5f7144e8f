using KnowledgeGraph.Core.Facts;

namespace KnowledgeGraph.Core.Resolution;

/// <summary>
/// A document's facts after cross-document resolution: every local entity now has a graph-wide id.
/// This is what the store writes; the store does no language work of its own.
/// </summary>
/// <param name="Facts">The facts as extraction produced them (document, sentences, mentions).</param>
/// <param name="Entities">One row per graph entity this document touches, sorted by id.</param>
/// <param name="Mentions">The document's mentions with their graph entity ids, sorted by start offset.</param>
/// <param name="Relations">Relations with graph ids, merged when two local entities became one; sorted.</param>
public sealed record ResolvedDocument(
    DocumentFacts Facts,
    IReadOnlyList<ResolvedEntity> Entities,
    IReadOnlyList<ResolvedMention> Mentions,
    IReadOnlyList<ResolvedRelation> Relations)
{
    /// <summary>The events the document reports, each joined to the event it is across documents.</summary>
    public IReadOnlyList<ResolvedEvent> Events { get; init; } = [];

    /// <summary>The document's quotations in document order.</summary>
    public IReadOnlyList<ResolvedQuote> Quotes { get; init; } = [];
}
