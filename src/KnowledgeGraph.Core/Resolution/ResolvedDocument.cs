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
    IReadOnlyList<ResolvedRelation> Relations);

/// <summary>A graph entity as seen by one document.</summary>
/// <param name="Id">Graph-wide id (<c>entities.id</c>).</param>
/// <param name="IsNew">True when this document introduces the entity; the store inserts it.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Name">Canonical name to store when the entity is new.</param>
/// <param name="ResolutionKeys">Keys under which later documents will find this entity.</param>
/// <param name="Aliases">Surface forms in this document with counts.</param>
/// <param name="MentionCount">Mentions of it in this document.</param>
public sealed record ResolvedEntity(
    long Id,
    bool IsNew,
    EntityKind Kind,
    string Name,
    IReadOnlyList<string> ResolutionKeys,
    IReadOnlyList<AliasCount> Aliases,
    int MentionCount);

/// <summary>A mention attached to its graph entity.</summary>
public sealed record ResolvedMention(long EntityId, Mention Mention);

/// <summary>A relation between graph entities within one document; weight here is <c>Evidence.Count</c>.</summary>
public sealed record ResolvedRelation(
    long SourceId,
    long TargetId,
    string Kind,
    string? Label,
    IReadOnlyList<TextSpan> Evidence);
