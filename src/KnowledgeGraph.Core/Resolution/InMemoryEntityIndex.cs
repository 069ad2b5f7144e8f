using KnowledgeGraph.Core.Facts;

namespace KnowledgeGraph.Core.Resolution;

/// <summary>
/// An entity index held in dictionaries; used by tests, and for its keys, names and ids as the cache behind the stored
/// index. It keeps every link it is told of, which grows with the corpus; the stored index keeps links in the database.
/// </summary>
public sealed class InMemoryEntityIndex : IEntityIndex
{
    // Nearly every key belongs to one entity, so the shared ones are kept apart rather than giving every key a list.
    private readonly Dictionary<string, long> _firstIds = new(StringComparer.Ordinal);
    // Each shared list is kept in ascending id order, which is registration order. Find hands out a copy because the
    // caller keeps it while registering the document's keys, which may extend the list.
    private readonly Dictionary<string, List<long>> _sharedIds = new(StringComparer.Ordinal);
    private readonly Dictionary<long, string> _names = new();
    private readonly Dictionary<long, HashSet<long>> _links = new();
    private readonly Dictionary<long, EventSignature> _events = new();
    // A match shares two participants, or one participant and the place (EventMatch.IsSame), so events are filed under
    // each pair of their participants and each participant with their place. A lookup then reads only events that could
    // match, however many events one much-reported participant (a country) takes part in.
    private readonly Dictionary<(string Type, long First, long Second), List<long>> _eventsByPair = new();

    /// <summary>How many of an event's participants (lowest ids first) it is filed under.</summary>
    public const int MaxKeyedParticipants = 12;

    // Which places lie in which, from located_in relations: "Mexico City" → "Mexico". Events at either agree.
    private readonly Dictionary<long, HashSet<long>> _containers = new();
    private readonly Dictionary<long, HashSet<long>> _contained = new();
    private long _lastId;

    /// <param name="lastIssuedId">The largest entity id that already exists; new ids continue after it.</param>
    public InMemoryEntityIndex(long lastIssuedId = 0) => _lastId = lastIssuedId;

    /// <summary>How many keys are registered.</summary>
    public int Count => _firstIds.Count;

    public IReadOnlyList<long> Find(string key) =>
        _sharedIds.TryGetValue(key, out var shared) ? shared.ToArray()
        : _firstIds.TryGetValue(key, out var id) ? [id]
        : [];

    public void Add(string key, long entityId)
    {
        _lastId = Math.Max(_lastId, entityId);
        if (_firstIds.TryAdd(key, entityId) || _firstIds[key] == entityId)
        {
            return;
        }

        if (!_sharedIds.TryGetValue(key, out var shared))
        {
            _sharedIds[key] = shared = [_firstIds[key]];
        }

        var at = shared.BinarySearch(entityId);
        if (at < 0)
        {
            shared.Insert(~at, entityId);
        }
    }

    public long NewId() => ++_lastId;

    public string? NameOf(long entityId) => _names.GetValueOrDefault(entityId);

    public void SetName(long entityId, string name) => _names[entityId] = name;

    public void AddLinks(ResolvedDocument document)
    {
        foreach (var relation in document.Relations)
        {
            Link(relation.SourceId, relation.TargetId);
            Link(relation.TargetId, relation.SourceId);
        }

        LearnContainment(document.Relations);
    }

    /// <summary>Remembers the located_in relations among <paramref name="relations"/>, for matching events by place.</summary>
    public void LearnContainment(IEnumerable<ResolvedRelation> relations)
    {
        foreach (var relation in relations)
        {
            if (string.Equals(relation.Kind, RelationKinds.LocatedIn, StringComparison.Ordinal))
            {
                AddContainment(relation.SourceId, relation.TargetId);
            }
        }
    }

    /// <summary>Remembers that place <paramref name="inner"/> lies in place <paramref name="outer"/>.</summary>
    public void AddContainment(long inner, long outer)
    {
        Remember(_containers, inner, outer);
        Remember(_contained, outer, inner);
    }

    private bool Contains(long inner, long outer) => _containers.TryGetValue(inner, out var outers) && outers.Contains(outer);

    private static void Remember(Dictionary<long, HashSet<long>> map, long key, long value)
    {
        if (!map.TryGetValue(key, out var values))
        {
            map[key] = values = [];
        }

        values.Add(value);
    }

    public long? FindEvent(EventSignature report)
    {
        // The earliest event that matches, so that the answer never depends on the order participants are listed in.
        // Each key's list is in id order, so its scan stops at its first match or at the best match found so far: a
        // pair that recurs in thousands of events costs a look at the first of them, not all.
        long? best = null;
        foreach (var key in LookupKeys(report))
        {
            if (!_eventsByPair.TryGetValue(key, out var events))
            {
                continue;
            }

            foreach (var candidate in events)
            {
                if (best is { } found && candidate >= found)
                {
                    break;
                }

                if (EventMatch.IsSame(_events[candidate], report, Contains))
                {
                    best = candidate;
                    break;
                }
            }
        }

        return best;
    }

    public void SetEvent(long entityId, EventSignature signature)
    {
        _lastId = Math.Max(_lastId, entityId);
        var previous = _events.GetValueOrDefault(entityId);
        _events[entityId] = signature;

        // A joined event only gains participants (EventMatch.Join), so only keys with a new participant, or with the
        // place when it is new, are missing: re-filing every pair of a much-reported event would grow with its square.
        foreach (var key in MatchKeys(signature, previous))
        {
            if (!_eventsByPair.TryGetValue(key, out var events))
            {
                _eventsByPair[key] = events = [];
            }

            var at = events.BinarySearch(entityId);
            if (at < 0)
            {
                events.Insert(~at, entityId);
            }
        }
    }

    public EventSignature? EventOf(long entityId) => _events.GetValueOrDefault(entityId);

    public int CountLinked(long entityId, IReadOnlyCollection<long> others) =>
        _links.TryGetValue(entityId, out var linked) ? others.Distinct().Count(linked.Contains) : 0;

    /// <summary>
    /// The keys an event is filed under: its type with each pair of participants (smaller id first), with each
    /// participant and the place (the place's id negated, so it never meets a participant's pair), and with each
    /// participant and the stated day. With
    /// <paramref name="filed"/>, only the keys that what was filed before lacks.
    /// </summary>
    private static IEnumerable<(string Type, long First, long Second)> MatchKeys(EventSignature signature, EventSignature? filed = null)
    {
        // The lowest ids only: an event that has gathered hundreds of participants would otherwise be filed under tens
        // of thousands of pairs. A report sharing two participants only beyond these is not found, a rare miss.
        var participants = signature.Participants.Order().Take(MaxKeyedParticipants).ToArray();
        var known = filed is not null && string.Equals(filed.EventType, signature.EventType, StringComparison.Ordinal) ? filed.Participants : null;
        var placeKnown = known is not null && filed!.PlaceId == signature.PlaceId;
        for (var a = 0; a < participants.Length; a++)
        {
            var firstKnown = known?.Contains(participants[a]) == true;
            for (var b = a + 1; b < participants.Length; b++)
            {
                if (!firstKnown || !known!.Contains(participants[b]))
                {
                    yield return (signature.EventType, participants[a], participants[b]);
                }
            }

            if (signature.PlaceId is { } place && !(firstKnown && placeKnown))
            {
                yield return (signature.EventType, participants[a], -place);
            }

            if (signature.Date is { Precision: DatePrecision.Day } day && !(firstKnown && filed!.Date == signature.Date))
            {
                yield return (signature.EventType, participants[a], DayKey(day.Date));
            }
        }
    }

    /// <summary>
    /// The keys a report is looked up under: its own, and its participants with every place that contains its place or
    /// lies in it, where an event at the wider or narrower place is filed.
    /// </summary>
    private IEnumerable<(string Type, long First, long Second)> LookupKeys(EventSignature report)
    {
        foreach (var key in MatchKeys(report))
        {
            yield return key;
        }

        if (report.PlaceId is not { } place)
        {
            yield break;
        }

        var related = _containers.GetValueOrDefault(place)?.AsEnumerable() ?? [];
        related = related.Concat(_contained.GetValueOrDefault(place)?.AsEnumerable() ?? []);
        foreach (var other in related.Distinct().Order())
        {
            foreach (var participant in report.Participants.Order())
            {
                yield return (report.EventType, participant, -other);
            }
        }
    }

    /// <summary>
    /// A participant's key for a stated day: far below any negated place id, so the two never meet.
    /// </summary>
    private static long DayKey(DateOnly day) => (long.MinValue / 2) + day.DayNumber;

    private void Link(long from, long to)
    {
        if (!_links.TryGetValue(from, out var linked))
        {
            _links[from] = linked = [];
        }

        linked.Add(to);
    }
}
