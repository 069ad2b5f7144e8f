using Dapper;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Documents;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Resolution;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

/// <summary>
/// The knowledge graph's SQLite file: one connection, one writer. Not thread-safe; extraction runs in parallel
/// before it, and the store is the sequential step at the end.
/// The schema (schema.sql) is a public interface that users query by hand; this class adds and reads rows, and
/// replaces all facts at once when they are re-extracted.
/// </summary>
public sealed class KnowledgeGraphStore : IDisposable
{
    // Long enough to ride out a user's query running against the file in another process.
    private const int BusyTimeoutMilliseconds = 5000;

    /// <summary>The page cache of a writing connection, in KiB (SQLite takes a negative cache_size as KiB).</summary>
    private const int WriterCacheKibibytes = 64 * 1024;

    /// <summary>Pages of write-ahead log after which a commit copies them back into the file.</summary>
    private const int CheckpointPages = 10_000;

    private readonly SqliteConnection _connection;
    private readonly WriterLock? _writerLock;

    // The indexes handed out keep prepared statements on the connection, finalized before it closes.
    private readonly List<StoredEntityIndex> _indexes = new();

    private KnowledgeGraphStore(SqliteConnection connection, WriterLock? writerLock)
    {
        _connection = connection;
        _writerLock = writerLock;
    }

    /// <summary>The open connection, for tests that check the file as a user would see it.</summary>
    internal SqliteConnection Connection => _connection;

    /// <summary>
    /// Opens the database at <paramref name="path"/> for writing, creating the file and its folders when missing and
    /// bringing the schema up to date. Only one writer may have a database open at a time.
    /// </summary>
    /// <exception cref="InvalidDataException">
    /// The file is not a SQLite database, is somebody else's SQLite database, or was written by a newer kg.
    /// </exception>
    /// <exception cref="IOException">Another kg process is writing to the database.</exception>
    public static KnowledgeGraphStore Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        var writerLock = WriterLock.Acquire(fullPath);
        try
        {
            return OpenConnection(ConnectionString(fullPath, SqliteOpenMode.ReadWriteCreate), path, writerLock);
        }
        catch
        {
            writerLock.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Opens an existing database without changing it: read-only, no migration. For exports and statistics, which may
    /// run while an ingest writes to the same file.
    /// </summary>
    /// <exception cref="FileNotFoundException">There is no file at <paramref name="path"/>.</exception>
    /// <exception cref="InvalidDataException">The file is not a kg database of a version this code reads.</exception>
    public static KnowledgeGraphStore OpenForReading(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new FileNotFoundException($"There is no database at '{path}'.", fullPath);
        }

        return OpenConnection(ConnectionString(fullPath, SqliteOpenMode.ReadOnly), path, writerLock: null);
    }

    /// <summary>A private database that lives as long as the store; for tests.</summary>
    public static KnowledgeGraphStore OpenInMemory() => OpenConnection("Data Source=:memory:", ":memory:", writerLock: null);

    private static string ConnectionString(string fullPath, SqliteOpenMode mode) => new SqliteConnectionStringBuilder
    {
        DataSource = fullPath,
        Mode = mode,

        // A pooled connection would keep the file (and its -wal file) open and locked after Dispose.
        Pooling = false,
    }.ToString();

    private static KnowledgeGraphStore OpenConnection(string connectionString, string displayName, WriterLock? writerLock)
    {
        SqliteRuntime.EnsureInitialized();
        var connection = new SqliteConnection(connectionString);
        var readOnly = connectionString.Contains("Mode=ReadOnly", StringComparison.OrdinalIgnoreCase);
        try
        {
            connection.Open();
            SchemaMigrations.EnsureReadable(connection, displayName);
            if (readOnly)
            {
                SchemaMigrations.EnsureCurrent(connection, displayName);
                connection.Execute($"PRAGMA busy_timeout = {BusyTimeoutMilliseconds};");
                return new KnowledgeGraphStore(connection, writerLock);
            }

            // WAL lets users query the file while kg writes to it; NORMAL is durable in WAL mode except for the last
            // transactions before a power cut. Foreign keys are off by default in SQLite and must be asked for on
            // every connection. An in-memory database answers 'memory' to the journal mode and keeps it.
            // For ingest's many small inserts into indexes keyed by entity and relation, which land all over the file:
            // a page cache of 64 MiB instead of SQLite's 2 MiB, with which most inserts no longer fetch their page
            // again; and a checkpoint every 10,000 pages of WAL (40 MB) instead of every 1,000, because each
            // checkpoint copies pages back and syncs the file. On the ten-times scale corpus the two cut the writer's
            // time by more than half.
            connection.Execute(
                "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; " +
                $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA cache_size = -{WriterCacheKibibytes}; " +
                $"PRAGMA wal_autocheckpoint = {CheckpointPages};");
            SchemaMigrations.Apply(connection);
            return new KnowledgeGraphStore(connection, writerLock);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SQLitePCL.raw.SQLITE_NOTADB)
        {
            connection.Dispose();
            throw new InvalidDataException(
                $"'{displayName}' is not a SQLite database, so kg cannot keep a knowledge graph in it. Choose another file.", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The content hash of every stored document, so that a run skips them without asking the file each time.</summary>
    public ContentHashSet LoadContentHashes()
    {
        var hashes = new ContentHashSet();
        foreach (var hash in _connection.Query<string>("SELECT content_hash FROM documents", buffered: false))
        {
            hashes.Add(hash);
        }

        return hashes;
    }

    /// <summary>
    /// The entity index as stored: the resolution keys with their entities and the canonical names, read as they are
    /// asked for, new ids continuing after the largest stored entity id, and the links of the relations table. What is added to it reaches
    /// the file when <see cref="Write"/> stores the documents it came from. It reads the file while it is used, so it
    /// belongs to this store and must not outlive it.
    /// </summary>
    public IEntityIndex LoadEntityIndex()
    {
        var index = StoredEntityIndex.Load(_connection);
        _indexes.Add(index);
        return index;
    }

    /// <summary>
    /// Stores a batch of resolved documents in one transaction: all of it or, when anything fails, none of it.
    /// A document whose content hash is already stored (earlier, or earlier in the same batch) is skipped whole.
    /// </summary>
    /// <returns>How many documents were written; the rest were already stored.</returns>
    /// <exception cref="ArgumentException">A document's offsets or mention texts do not match its text.</exception>
    /// <exception cref="InvalidOperationException">A document refers to a stored entity that does not exist.</exception>
    public int Write(IReadOnlyList<ResolvedDocument> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        using var transaction = _connection.BeginTransaction();
        using var writer = new BatchWriter(_connection);
        var written = 0;
        foreach (var document in batch)
        {
            if (writer.Write(document))
            {
                written++;
            }
        }

        transaction.Commit();
        return written;
    }

    /// <summary>How many stored documents have facts made by an extraction older than <paramref name="extractorVersion"/>.</summary>
    public int CountDocumentsExtractedBefore(int extractorVersion) => _connection.ExecuteScalar<int>(
        "SELECT count(*) FROM documents WHERE extractor_version < @extractorVersion",
        new { extractorVersion });

    /// <summary>
    /// Deletes every fact and makes them afresh from the stored documents, in id order and in one transaction: the
    /// whole new graph or, when anything fails or the process dies, the old one untouched. Documents keep their ids;
    /// entities and relations get new ones. <paramref name="rederive"/> must extract and resolve a document against an
    /// entity index that starts empty (the stored one is being replaced); returning null keeps the document without
    /// facts and with its old <c>extractor_version</c>.
    /// </summary>
    /// <param name="extractorVersion">The version written to every document <paramref name="rederive"/> succeeds on.</param>
    /// <param name="rederive">Extraction and resolution of one stored document.</param>
    /// <param name="documentDone">Called with the number of documents done after each one.</param>
    public FactRebuildOutcome ReplaceAllFacts(int extractorVersion, Func<Document, ResolvedDocument?> rederive, Action<int>? documentDone = null)
    {
        ArgumentNullException.ThrowIfNull(rederive);
        return FactRebuild.Run(_connection, extractorVersion, rederive, documentDone);
    }

    /// <summary>
    /// Works out, from the articles that have dates, when the undated ones were written and so when their events
    /// happened (see UndatedArticleAnchoring). Recomputed whole each time; call it once at the end of every run.
    /// </summary>
    /// <returns>How many undated articles were given a day of writing.</returns>
    public int DateUndatedArticles() => UndatedArticleAnchoring.Run(_connection);

    /// <summary>The whole graph in memory, built the same way every time from the same file.</summary>
    public EntityGraph LoadGraph() => GraphReader.Read(_connection);

    /// <summary>
    /// The whole graph for writing it out, its edges read from the file as they are enumerated instead of held
    /// (see <see cref="StreamedGraph"/>): the same nodes and edges as <see cref="LoadGraph"/>, from one snapshot of the
    /// file. Dispose it before writing through this store.
    /// </summary>
    public StreamedGraph StreamGraph() => new(_connection);

    /// <summary>Row counts of the contract tables.</summary>
    public StoreStatistics GetStatistics()
    {
        const string CountsSql = """
            SELECT (SELECT count(*) FROM documents) AS Documents,
                   (SELECT count(*) FROM entities)  AS Entities,
                   (SELECT count(*) FROM mentions)  AS Mentions,
                   (SELECT count(*) FROM aliases)   AS Aliases,
                   (SELECT count(*) FROM relations) AS Relations,
                   (SELECT count(*) FROM evidence)  AS Evidence,
                   (SELECT count(*) FROM events)    AS Events,
                   (SELECT count(*) FROM quotes)    AS Quotes
            """;
        const string EntityKindsSql = "SELECT kind AS Kind, count(*) AS Count FROM entities GROUP BY kind";
        const string RelationKindsSql = "SELECT kind AS Kind, count(*) AS Count FROM relations GROUP BY kind";

        var counts = _connection.QuerySingle<CountsRow>(CountsSql);

        // Every kind appears, with 0 when absent, so that reports have a stable shape.
        var entitiesByKind = new SortedDictionary<EntityKind, long>();
        foreach (var kind in Enum.GetValues<EntityKind>())
        {
            entitiesByKind[kind] = 0;
        }

        foreach (var row in _connection.Query<KindCountRow>(EntityKindsSql))
        {
            entitiesByKind[EntityKindNames.Parse(row.Kind)] = row.Count;
        }

        var relationsByKind = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var row in _connection.Query<KindCountRow>(RelationKindsSql))
        {
            relationsByKind[row.Kind] = row.Count;
        }

        return new StoreStatistics(
            counts.Documents,
            counts.Entities,
            entitiesByKind,
            counts.Mentions,
            counts.Aliases,
            counts.Relations,
            relationsByKind,
            counts.Evidence,
            counts.Events,
            counts.Quotes);
    }

    /// <summary>Every stored document in ingestion order, without its text.</summary>
    public IReadOnlyList<DocumentSummary> ListDocuments()
    {
        const string Sql = """
            SELECT d.id AS Id, d.path AS Path, d.title AS Title, d.source AS Source, d.published AS Published,
                   d.content_hash AS ContentHash,
                   (SELECT count(*) FROM mentions m WHERE m.document_id = d.id) AS MentionCount
            FROM documents d
            ORDER BY d.id
            """;
        return _connection.Query<DocumentRow>(Sql)
            .Select(row => new DocumentSummary(
                row.Id,
                row.Path,
                row.Title,
                row.Source,
                StoredDate.Parse(row.Published),
                row.ContentHash,
                row.MentionCount))
            .ToList();
    }

    /// <summary>
    /// The <paramref name="top"/> most mentioned entities (ties by name), optionally of one kind, each with its
    /// <paramref name="aliasesEach"/> most frequent aliases.
    /// </summary>
    public IReadOnlyList<EntitySummary> ListEntities(EntityKind? kind, int top, int aliasesEach = 3)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        return EntityReader.List(_connection, kind, top, aliasesEach);
    }

    /// <summary>
    /// The entities called <paramref name="name"/>, ignoring case: those whose canonical name it is or, when there are
    /// none, those that were seen under it as an alias. Empty when nothing matches; more than one when it is ambiguous.
    /// </summary>
    public IReadOnlyList<EntitySummary> FindEntities(string name, int aliasesEach = 3)
    {
        ArgumentNullException.ThrowIfNull(name);
        return EntityReader.FindByName(_connection, name, aliasesEach);
    }

    /// <summary>
    /// Up to <paramref name="limit"/> entities, most mentioned first, whose name or an alias contains
    /// <paramref name="text"/> or, failing that, one of its words; for "did you mean" after a failed lookup.
    /// </summary>
    public IReadOnlyList<EntitySummary> SuggestEntities(string text, int limit = 5, int aliasesEach = 3)
    {
        ArgumentNullException.ThrowIfNull(text);
        return EntityReader.Suggest(_connection, text, limit, aliasesEach);
    }

    /// <summary>
    /// One entity with all its aliases, the documents that mention it and its <paramref name="relations"/> strongest
    /// relations in either direction, each with up to <paramref name="evidenceEach"/> supporting sentences; null when
    /// there is no entity with that id.
    /// </summary>
    public EntityDetails? GetEntity(long id, int relations = 10, int evidenceEach = 2) =>
        EntityReader.Details(_connection, id, relations, evidenceEach);

    /// <summary>
    /// Runs one read-only SQL statement a user wrote and returns its rows as SQLite steps to them, so that a large result
    /// is never held in memory. Only for a store opened with <see cref="OpenForReading"/>; see <see cref="ReadOnlyQuery"/>
    /// for what is refused.
    /// </summary>
    /// <exception cref="QueryRefusedException">The statement could change the database, or the text is not one statement.</exception>
    /// <exception cref="SqliteException">SQLite cannot prepare the statement; the message is SQLite's.</exception>
    public SqliteDataReader Query(string sql)
    {
        ArgumentNullException.ThrowIfNull(sql);
        if (!_connection.ConnectionString.Contains("Mode=ReadOnly", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException("Query runs user SQL only on a store opened with OpenForReading.");
        }

        return ReadOnlyQuery.Execute(_connection, sql);
    }

    public void Dispose()
    {
        foreach (var index in _indexes)
        {
            index.Dispose();
        }

        _connection.Dispose();
        _writerLock?.Dispose();
    }

    private sealed class CountsRow
    {
        public long Documents { get; init; }

        public long Entities { get; init; }

        public long Mentions { get; init; }

        public long Aliases { get; init; }

        public long Relations { get; init; }

        public long Evidence { get; init; }

        public long Events { get; init; }

        public long Quotes { get; init; }
    }

    private sealed class KindCountRow
    {
        public string Kind { get; init; } = "";

        public long Count { get; init; }
    }

    private sealed class DocumentRow
    {
        public long Id { get; init; }

        public string Path { get; init; } = "";

        public string Title { get; init; } = "";

        public string? Source { get; init; }

        public string? Published { get; init; }

        public string ContentHash { get; init; } = "";

        public long MentionCount { get; init; }
    }
}
