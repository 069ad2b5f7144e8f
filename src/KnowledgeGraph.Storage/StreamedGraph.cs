using KnowledgeGraph.Core.Graph;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

/// <summary>
/// The stored graph for writing out whole (<c>kg export</c> without a view, <c>kg build</c>): the same nodes and
/// edges in the same order as <see cref="KnowledgeGraphStore.LoadGraph"/>, so an exporter writes the same bytes from
/// either, but the edges, the bulk of a graph with their evidence sentences, are read from the file one row at a time
/// each time they are enumerated and are never all in memory.
/// </summary>
/// <remarks>
/// <para>
/// The nodes are read once, on first use, and held: there are far fewer entities than relations and evidence rows,
/// every edge must hand out its two end nodes (<see cref="IEdge{TVertex}"/>), and GEXF and DOT look at the nodes
/// before writing them (GEXF's count and mode, the DOT legend and layout), which would otherwise run the entity
/// query, the slower of the two, again.
/// </para>
/// <para>
/// Everything is read inside one read transaction, a snapshot of the file: an ingest that commits meanwhile changes
/// neither the counts nor the rows, so <see cref="EdgeCount"/> and <see cref="HasSelfLoops"/> describe the edges
/// every enumeration gives, and every edge's ends are among the nodes. The transaction belongs to the store's one
/// connection, so until this is disposed whatever else reads through that store sees the same snapshot, and a write
/// through it fails (SQLite transactions do not nest).
/// </para>
/// </remarks>
public sealed class StreamedGraph : IVertexAndEdgeSet<EntityNode, RelationEdge>, IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _snapshot;
    private IReadOnlyList<EntityNode>? _nodes;
    private IReadOnlyDictionary<long, EntityNode>? _nodesById;
    private int? _edgeCount;
    private bool? _hasSelfLoops;
    private bool _disposed;

    internal StreamedGraph(SqliteConnection connection)
    {
        _connection = connection;

        // Deferred: BEGIN takes no lock, and the snapshot starts at the first read, as a read-only connection needs.
        _snapshot = connection.BeginTransaction(deferred: true);
    }

    public int VertexCount => Nodes.Count;

    public IEnumerable<EntityNode> Vertices => Nodes;

    public int EdgeCount
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _edgeCount ??= GraphReader.CountEdges(_connection, _snapshot);
        }
    }

    public IEnumerable<RelationEdge> Edges => ReadEdges();

    public bool HasSelfLoops
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _hasSelfLoops ??= GraphReader.HasSelfLoops(_connection, _snapshot);
        }
    }

    private IReadOnlyList<EntityNode> Nodes
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _nodes ??= GraphReader.ReadNodes(_connection, _snapshot);
        }
    }

    /// <summary>Ends the snapshot; nothing was written, so nothing is lost.</summary>
    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            _snapshot.Dispose();
        }
    }

    /// <summary>
    /// An iterator of its own, so that the state is checked and the query started when enumeration begins rather
    /// than when <see cref="Edges"/> is read.
    /// </summary>
    private IEnumerable<RelationEdge> ReadEdges()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _nodesById ??= GraphReader.IndexById(Nodes);
        foreach (var edge in GraphReader.ReadEdges(_connection, _snapshot, _nodesById))
        {
            yield return edge;
        }
    }
}
