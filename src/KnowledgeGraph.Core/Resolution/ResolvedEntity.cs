using KnowledgeGraph.Core.Facts;

namespace KnowledgeGraph.Core.Resolution;

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
