using KnowledgeGraph.Core.Facts;

namespace KnowledgeGraph.Core.Graph;

/// <summary>
/// A node of the knowledge graph: one resolved entity. Equality is by <see cref="Id"/> alone, so a node can be
/// looked up in the graph from its database id.
/// </summary>
/// <param name="Id">The <c>entities.id</c> of the entity.</param>
/// <param name="Name">Canonical name.</param>
/// <param name="Kind">What it is.</param>
/// <param name="MentionCount">Mentions across all documents.</param>
/// <param name="DocumentCount">Documents that mention it.</param>
/// <param name="Aliases">Surface forms with counts, most frequent first.</param>
/// <param name="FirstSeen">Earliest publication date of a document that mentions it; null when none is dated.</param>
/// <param name="LastSeen">Latest publication date of a document that mentions it; null when none is dated.</param>
/// <param name="Event">
/// Type, date and place of an event, from its <c>events</c> row; null for every other kind, and for an event the
/// table has no row for.
/// </param>
public sealed record EntityNode(
    long Id,
    string Name,
    EntityKind Kind,
    int MentionCount,
    int DocumentCount,
    IReadOnlyList<AliasCount> Aliases,
    DateOnly? FirstSeen = null,
    DateOnly? LastSeen = null,
    EventFacts? Event = null)
{
    public bool Equals(EntityNode? other) => other is not null && other.Id == Id;

    public override int GetHashCode() => Id.GetHashCode();

    public override string ToString() => $"{Name} ({Kind.ToName()} #{Id})";
}
