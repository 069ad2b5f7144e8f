namespace KnowledgeGraph.Core.Resolution;

/// <summary>
/// How many mentions gave an entity a kind. An entity's kind is decided by its votes over all documents, so that one
/// article's mistake ("Vestfjord Launch" read as a person) is outvoted by the articles that read it right.
/// </summary>
public readonly record struct KindVote(EntityKind Kind, int Mentions)
{
    /// <summary>
    /// The kind with the most mentions. <see cref="EntityKind.Other"/> (no cue to the kind) counts only when no other
    /// kind has a vote; a tie keeps <paramref name="current"/> when it is among the leaders, and otherwise goes to the
    /// leader whose stored name comes first in ordinal order. The store applies the same rule in SQL to the totals in
    /// <c>entity_kind_votes</c>.
    /// </summary>
    public static EntityKind Leader(IEnumerable<KindVote> votes, EntityKind current)
    {
        var counted = votes.Where(v => v.Mentions > 0).ToList();
        var typed = counted.Where(v => v.Kind != EntityKind.Other).ToList();
        var candidates = typed.Count > 0 ? typed : counted;
        if (candidates.Count == 0)
        {
            return current;
        }

        var most = candidates.Max(v => v.Mentions);
        var leaders = candidates.Where(v => v.Mentions == most).Select(v => v.Kind).ToList();
        return leaders.Contains(current) ? current : leaders.MinBy(kind => kind.ToName(), StringComparer.Ordinal);
    }
}
