using Dapper;
using KnowledgeGraph.Core.Resolution;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

/// <summary>
/// The entity index of a database. Nothing that grows with the file is loaded up front, so its memory is bounded by
/// what one run touches and adding one article to a large file costs a few lookups, not a read of every entity:
/// <list type="bullet">
/// <item>A key's entities are read from <c>entity_keys</c> the first time a document asks for the key, and kept for the
/// rest of the run together with the ids this run adds to it; a key never asked for is never read. Likewise a name
/// from <c>entities</c>.</item>
/// <item>Links grow with the square of the entities a document names, and only a name that several entities share
/// ever needs them. So links come from the relations table, where testing one pair is one seek in relations_identity or
/// relations_by_target however large the corpus, and the index keeps in memory only the links of documents resolved
/// but not yet written, which a batch bounds; it drops them once their documents are in the file. Relations rather than
/// shared articles, because the mentions table would cost a scan of every article of a much-named entity per
/// question, and a shared sentence (or a typed relation) is firmer evidence than an article that names both.</item>
/// <item>Events and the located_in containment between places are loaded whole: a few per article, and every event
/// lookup needs them.</item>
/// </list>
/// The answers are the same as if every earlier document had been resolved in this run, which keeps an
/// article-by-article ingest equal to a rebuild. Resolution runs between the writer's transactions, on the same
/// connection, so rows written earlier in the run are seen.
/// </summary>
internal sealed class StoredEntityIndex : IEntityIndex, IDisposable
{
    // How many documents' links to keep before asking the file which of them it now holds. Ingest writes 64 documents a
    // transaction, so each check finds at least the older half written, and memory stays within about two batches.
    private const int FirstPruneAt = 128;

    private const string LinkedSql = """
        SELECT target_id FROM relations WHERE source_id = @entityId AND target_id IN @others
        UNION
        SELECT source_id FROM relations WHERE target_id = @entityId AND source_id IN @others
        """;

    private const string KeySql = "SELECT entity_id FROM entity_keys WHERE key = @key ORDER BY entity_id";

    private const string NameSql = "SELECT name FROM entities WHERE id = @id";

    private const string DocumentStoredSql = "SELECT EXISTS (SELECT 1 FROM documents WHERE content_hash = @hash)";

    private readonly SqliteConnection _connection;

    // The keys, names and events of this run, with everything read from the file so far.
    private readonly InMemoryEntityIndex _registry;
    private readonly HashSet<string> _keysRead = new(StringComparer.Ordinal);
    private readonly RawStatement _readKey;
    private readonly RawStatement _readName;
    private readonly RawStatement _documentStored;
    private readonly List<PendingLinks> _pending = new();
    // Every pair the pending documents link, with how many of them link it: one lookup per pair, however many are pending.
    private readonly Dictionary<(long, long), int> _pendingPairs = new();
    private int _pruneAt = FirstPruneAt;

    private StoredEntityIndex(SqliteConnection connection, InMemoryEntityIndex registry)
    {
        _connection = connection;
        _registry = registry;

        // Prepared once for the run: every new key of every document is one lookup. Through SQLite's own interface,
        // which answers inside a transaction the connection has open as well as outside one.
        _readKey = new RawStatement(connection, KeySql, "@key");
        _readName = new RawStatement(connection, NameSql, "@id");
        _documentStored = new RawStatement(connection, DocumentStoredSql, "@hash");
    }

    /// <summary>Prepares the index of a file; new ids continue after the largest stored one.</summary>
    public static StoredEntityIndex Load(SqliteConnection connection)
    {
        var registry = new InMemoryEntityIndex(connection.ExecuteScalar<long>("SELECT ifnull(max(id), 0) FROM entities"));
        LoadEvents(connection, registry);
        foreach (var (inner, outer) in connection.Query<(long, long)>("SELECT source_id, target_id FROM relations WHERE kind = 'located_in' ORDER BY id"))
        {
            registry.AddContainment(inner, outer);
        }

        return new StoredEntityIndex(connection, registry);
    }

    /// <summary>
    /// Every stored event with its participants: few per document, and each lookup needs all of them. Only dates that
    /// articles state are loaded: inferred ones are recomputed after every run (UndatedArticleAnchoring), and matching on
    /// them would make the graph depend on how the articles were split into runs.
    /// </summary>
    private static void LoadEvents(SqliteConnection connection, InMemoryEntityIndex registry)
    {
        var participants = connection
            .Query<(long EventId, long EntityId)>("SELECT DISTINCT event_id, entity_id FROM event_participants")
            .ToLookup(p => p.EventId, p => p.EntityId);
        foreach (var (id, type, date, precision, place) in connection.Query<(long, string, string?, string?, long?)>(
            "SELECT entity_id, ifnull(event_type, ''), CASE date_basis WHEN 'text' THEN date END, date_precision, place_id FROM events ORDER BY entity_id"))
        {
            registry.SetEvent(id, new EventSignature(type, StoredEventDate.Parse(date, precision), place, participants[id].ToHashSet()));
        }
    }

    /// <summary>How many keys have been read from the file; for tests.</summary>
    internal int KeysRead => _keysRead.Count;

    /// <summary>How many documents' links are held in memory; for tests.</summary>
    internal int UnwrittenDocumentCount => _pending.Count;

    public IReadOnlyList<long> Find(string key)
    {
        ReadKey(key);
        return _registry.Find(key);
    }

    public void Add(string key, long entityId)
    {
        // The stored entities of the key come first, so that the list keeps every holder in id order.
        ReadKey(key);
        _registry.Add(key, entityId);
    }

    public long NewId() => _registry.NewId();

    public string? NameOf(long entityId)
    {
        if (_registry.NameOf(entityId) is { } known)
        {
            return known;
        }

        if (_readName.Bind(entityId).ExecuteText() is not { } stored)
        {
            return null;
        }

        _registry.SetName(entityId, stored);
        return stored;
    }

    public void SetName(long entityId, string name) => _registry.SetName(entityId, name);

    public long? FindEvent(EventSignature report) => _registry.FindEvent(report);

    public void SetEvent(long entityId, EventSignature signature) => _registry.SetEvent(entityId, signature);

    public EventSignature? EventOf(long entityId) => _registry.EventOf(entityId);

    public void AddLinks(ResolvedDocument document)
    {
        var pairs = document.Relations.Select(r => (Math.Min(r.SourceId, r.TargetId), Math.Max(r.SourceId, r.TargetId))).ToHashSet();
        _registry.LearnContainment(document.Relations);
        _pending.Add(new PendingLinks(document.Facts.Document.ContentHash, pairs));
        foreach (var pair in pairs)
        {
            _pendingPairs[pair] = _pendingPairs.GetValueOrDefault(pair) + 1;
        }

        if (_pending.Count >= _pruneAt)
        {
            ForgetWrittenDocuments();
            _pruneAt = Math.Max(FirstPruneAt, 2 * _pending.Count);
        }
    }

    public int CountLinked(long entityId, IReadOnlyCollection<long> others)
    {
        if (others.Count == 0)
        {
            return 0;
        }

        var linked = _connection.Query<long>(LinkedSql, new { entityId, others }).ToHashSet();
        foreach (var other in others)
        {
            var pair = (Math.Min(entityId, other), Math.Max(entityId, other));
            if (_pendingPairs.ContainsKey(pair))
            {
                linked.Add(other);
            }
        }

        return linked.Count;
    }

    /// <summary>
    /// Drops the links of documents the file now holds. A document the store skipped because the same text was already
    /// stored is dropped too: its links never reach the file, so a later run would not know them either.
    /// </summary>
    private void ForgetWrittenDocuments()
    {
        var written = _pending.Where(p => _documentStored.Bind(p.ContentHash).ExecuteScalar() == 1).ToList();
        foreach (var document in written)
        {
            foreach (var pair in document.Pairs)
            {
                if (--_pendingPairs[pair] == 0)
                {
                    _pendingPairs.Remove(pair);
                }
            }
        }

        _pending.RemoveAll(written.Contains);
    }

    /// <summary>Registers the stored entities of <paramref name="key"/> the first time the run meets it.</summary>
    private void ReadKey(string key)
    {
        if (!_keysRead.Add(key))
        {
            return;
        }

        foreach (var entityId in _readKey.Bind(key).ExecuteColumn())
        {
            _registry.Add(key, entityId);
        }
    }

    /// <summary>Finalizes the prepared lookups; the store calls it before it closes the connection.</summary>
    public void Dispose()
    {
        _readKey.Dispose();
        _readName.Dispose();
        _documentStored.Dispose();
    }

    private sealed record PendingLinks(string ContentHash, HashSet<(long, long)> Pairs);
}
