namespace KnowledgeGraph.Core.Resolution;

/// <summary>An entity index held in a dictionary; used by tests and as the cache behind the stored index.</summary>
public sealed class InMemoryEntityIndex : IEntityIndex
{
    private readonly Dictionary<string, long> _ids = new(StringComparer.Ordinal);
    private long _lastId;

    /// <param name="lastIssuedId">The largest entity id that already exists; new ids continue after it.</param>
    public InMemoryEntityIndex(long lastIssuedId = 0) => _lastId = lastIssuedId;

    public int Count => _ids.Count;

    public long? Find(string key) => _ids.TryGetValue(key, out var id) ? id : null;

    public void Add(string key, long entityId)
    {
        _ids.TryAdd(key, entityId);
        _lastId = Math.Max(_lastId, entityId);
    }

    public long NewId() => ++_lastId;
}
