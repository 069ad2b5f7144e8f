using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Facts;
using R = KnowledgeGraph.Extraction.Events.EventRoleNames;
using T = KnowledgeGraph.Extraction.Events.EventTypes;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// Builds an event node's label from its type, its principal participants and its place: "Meeting of Ana Ruiz and
/// Tomas Berg in Lima", "Visit of Ana Ruiz to Chile", "Attack by the United States in the Caribbean". The type's own
/// label is used rather than the word each outlet chose ("strike", "raid"), so that every report of one happening gets
/// the same label; a disaster says which kind it was ("Earthquake in Peru"). No date, which would split the label of
/// one happening across reports that date it differently.
/// </summary>
internal sealed class EventNamer(EventTokenView view)
{
    /// <summary>Labels longer than this lose their place, then names, then are cut.</summary>
    public const int MaxLength = 80;

    // The principal participants of a label: at most this many names, persons before organizations before countries.
    private const int MaxNames = 2;

    public string Name(EventCluster cluster)
    {
        var head = Head(cluster);
        var place = cluster.PlaceId is { } id ? Display(id) : null;
        foreach (var (names, withPlace) in new[] { (MaxNames, true), (MaxNames, false), (1, false) })
        {
            var label = Compose(cluster, head, names, withPlace ? place : null);
            if (label.Length <= MaxLength)
            {
                return label;
            }
        }

        return string.Concat(Compose(cluster, head, 1, null).AsSpan(0, MaxLength - 1), "…");
    }

    private string Compose(EventCluster cluster, string head, int maxNames, string? place)
    {
        var everyone = Names(cluster, maxNames);
        var doers = Names(cluster, maxNames, R.Agent, R.Participant);
        var agents = Names(cluster, maxNames, R.Agent);
        var targets = Names(cluster, maxNames, R.Target);
        var others = Names(cluster, maxNames, R.Participant);
        var where = place is null ? string.Empty : $" in {place}";
        return cluster.Type switch
        {
            T.Meeting => head + Pair(everyone, " of ") + where,
            T.Talks or T.Agreement => head + Pair(everyone, " between ") + where,
            T.IntentToCooperate => head + Prefixed(" by ", everyone) + where,
            T.Visit => head + Prefixed(" of ", Names(cluster, maxNames, R.Guest) ?? everyone) + (place is null ? string.Empty : $" to {place}"),
            T.Election => place is null ? head + Prefixed(" of ", everyone) : head + where,
            T.Disaster => head + where,
            T.Arrest or T.Death => head + Prefixed(" of ", targets) + Prefixed(" by ", agents) + where,
            T.Extradition => head + Prefixed(" of ", targets) + Prefixed(" by ", agents) + Prefixed(" to ", others) + where,
            T.Deployment => head + Prefixed(" of ", others) + Prefixed(" by ", agents) + where,
            T.Attack or T.Sanctions => head + Prefixed(" by ", doers) + Prefixed(" on ", targets) + where,
            T.Protest => head + Prefixed(" by ", doers) + Prefixed(" against ", targets) + where,
            _ => head + Prefixed(" by ", doers) + Prefixed(" to ", targets) + where,
        };
    }

    // The type's label; for a disaster the noun the text used ("Earthquake", "Hurricane").
    private string Head(EventCluster cluster)
    {
        if (cluster.Type == T.Disaster && !cluster.First.IsVerb)
        {
            var words = cluster.First.Row.Words;
            var head = words[^1];
            return string.Concat(head[..1].ToUpperInvariant(), head[1..]);
        }

        return T.Label(cluster.Type);
    }

    /// <summary>
    /// "A", "A and B", or "A and others" when a long label must shorten: the first principal participants, in order of
    /// report; null when nobody fits.
    /// </summary>
    private NameList? Names(EventCluster cluster, int maxNames, params string[] roles)
    {
        var chosen = cluster.Participants
            .Where(p => roles.Length == 0 || roles.Contains(p.Role, StringComparer.Ordinal))
            .Select((p, order) => (p.EntityId, order, Rank: Rank(p.EntityId)))
            .OrderBy(p => p.Rank)
            .ThenBy(p => p.order)
            .ToList();
        if (chosen.Count == 0)
        {
            return null;
        }

        // Persons name a meeting better than the countries their titles mention; countries fill in only when no one else.
        var principal = chosen.Where(p => p.Rank == chosen[0].Rank).Select(p => Display(p.EntityId)).ToList();
        var shown = principal.Take(maxNames).ToList();
        var text = shown.Count == principal.Count
            ? (shown.Count == 1 ? shown[0] : string.Join(", ", shown.Take(shown.Count - 1)) + " and " + shown[^1])
            : string.Join(", ", shown) + " and others";
        return new NameList(text, principal.Count);
    }

    private int Rank(int entityId) => view.Entities[entityId].Kind switch
    {
        EntityKind.Person => 0,
        EntityKind.Organization => 1,
        _ => 2,
    };

    // "the United States", "the Caribbean", "the State Department" as the text writes them; people never take "the".
    private string Display(int entityId)
    {
        var entity = view.Entities[entityId];
        return entity.Kind != EntityKind.Person && view.IsWrittenWithThe(entityId) ? "the " + entity.Name : entity.Name;
    }

    // "Meeting of A and B" between several, "Meeting with A" when the text names one side only.
    private static string Pair(NameList? names, string several) =>
        names is null ? string.Empty : (names.Count > 1 ? several : " with ") + names.Text;

    private static string Prefixed(string prefix, NameList? names) => names is null ? string.Empty : prefix + names.Text;

    /// <summary>Names joined for a label, and how many persons (or bodies, or countries) they stand for.</summary>
    private sealed record NameList(string Text, int Count);
}
