using KnowledgeGraph.Core.Facts;

namespace KnowledgeGraph.Core.Resolution;

/// <summary>A graph entity as seen by one document.</summary>
/// <param name="Id">Graph-wide id (<c>entities.id</c>).</param>
/// <param name="IsNew">True when this document introduces the entity; the store inserts it.</param>
/// <param name="Kind">The kind most of its mentions in this document gave it; a new entity is stored with it.</param>
/// <param name="Name">
/// Its canonical name after this document: inserted when the entity is new, and replacing the stored name when
/// <paramref name="IsRenamed"/>.
/// </param>
/// <param name="ResolutionKeys">Keys under which later documents will find this entity.</param>
/// <param name="Aliases">Surface forms in this document with counts.</param>
/// <param name="MentionCount">Mentions of it in this document.</param>
/// <param name="KindVotes">
/// Its mentions in this document counted by the kind each was given, sorted by kind; the store adds them to the
/// entity's totals, and the kind with the most becomes the stored kind (see <see cref="KindVote.Leader"/>).
/// </param>
/// <param name="IsRenamed">True when this document names an entity already stored more completely than before.</param>
public sealed record ResolvedEntity(
    long Id,
    bool IsNew,
    EntityKind Kind,
    string Name,
    IReadOnlyList<string> ResolutionKeys,
    IReadOnlyList<AliasCount> Aliases,
    int MentionCount,
    IReadOnlyList<KindVote> KindVotes,
    bool IsRenamed = false);
