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
    }

    public long? FindEvent(EventSignature report)
    {
        var candidates = new SortedSet<long>();
        foreach (var key in MatchKeys(report))
        {
            if (_eventsByPair.TryGetValue(key, out var events))
            {
                candidates.UnionWith(events);
            }
        }

        // The earliest event that matches, so that the answer never depends on the order participants are listed in.
        foreach (var candidate in candidates)
        {
            if (EventMatch.IsSame(_events[candidate], report))
            {
                return candidate;
            }
        }

        return null;
    }

    public void SetEvent(long entityId, EventSignature signature)
    {
        _lastId = Math.Max(_lastId, entityId);
        _events[entityId] = signature;
        foreach (var key in MatchKeys(signature))
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
    /// The keys an event is filed under: its type with each pair of participants (smaller id first) and with each
    /// participant and the place (the place's id negated, so it never meets a participant's pair).
    /// </summary>
    private static IEnumerable<(string Type, long First, long Second)> MatchKeys(EventSignature signature)
    {
        var participants = signature.Participants.Order().ToArray();
        for (var a = 0; a < participants.Length; a++)
        {
            for (var b = a + 1; b < participants.Length; b++)
            {
                yield return (signature.EventType, participants[a], participants[b]);
            }

            if (signature.PlaceId is { } place)
            {
                yield return (signature.EventType, participants[a], -place);
            }
        }
    }

    private void Link(long from, long to)
    {
        if (!_links.TryGetValue(from, out var linked))
        {
            _links[from] = linked = [];
        }

        linked.Add(to);
    }
}
