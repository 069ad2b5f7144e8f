namespace KnowledgeGraph.Core.Facts;

/// <summary>
/// A typed link between two entities of one document, with the sentences that support it.
/// Its weight in this document is the number of evidence sentences.
/// </summary>
/// <param name="SourceId">Local id of the source entity.</param>
/// <param name="TargetId">Local id of the target entity.</param>
/// <param name="Kind">One of <see cref="RelationKinds"/>.</param>
/// <param name="Label">Detail of the relation (a title, a role); null when the kind says it all.</param>
/// <param name="Evidence">Character spans of the supporting sentences, in document order.</param>
public sealed record LocalRelation(
    int SourceId,
    int TargetId,
    string Kind,
    string? Label,
    IReadOnlyList<TextSpan> Evidence);
