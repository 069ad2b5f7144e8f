namespace KnowledgeGraph.Core.Graph;

/// <summary>
/// A directed graph with in- and out-edge lists and parallel edges, shaped like QuikGraph's
/// <c>BidirectionalGraph</c>. Vertices and edges enumerate in insertion order, which keeps exports deterministic.
/// </summary>
public class BidirectionalGraph<TVertex, TEdge> : IBidirectionalGraph<TVertex, TEdge>
    where TVertex : notnull
    where TEdge : IEdge<TVertex>
{
    private readonly Dictionary<TVertex, Adjacency> _adjacency = new();
    private readonly List<TVertex> _vertices = new();
    private readonly List<TEdge> _edges = new();
    private int _selfLoopCount;

    public int VertexCount => _vertices.Count;

    public int EdgeCount => _edges.Count;

    public IEnumerable<TVertex> Vertices => _vertices;

    public IEnumerable<TEdge> Edges => _edges;

    public bool HasSelfLoops => _selfLoopCount > 0;

    public bool ContainsVertex(TVertex vertex) => _adjacency.ContainsKey(vertex);

    /// <summary>Adds <paramref name="vertex"/>; returns false when it was already present.</summary>
    public bool AddVertex(TVertex vertex)
    {
        if (!_adjacency.TryAdd(vertex, new Adjacency()))
        {
            return false;
        }

        _vertices.Add(vertex);
        return true;
    }

    /// <summary>Adds <paramref name="edge"/>; both ends must already be vertices. Parallel edges are allowed.</summary>
    public void AddEdge(TEdge edge)
    {
        var source = AdjacencyOf(edge.Source, nameof(edge));
        var target = AdjacencyOf(edge.Target, nameof(edge));
        source.Out.Add(edge);
        target.In.Add(edge);
        _edges.Add(edge);
        if (EqualityComparer<TVertex>.Default.Equals(edge.Source, edge.Target))
        {
            _selfLoopCount++;
        }
    }

    public IReadOnlyList<TEdge> OutEdges(TVertex vertex) => AdjacencyOf(vertex, nameof(vertex)).Out;

    public IReadOnlyList<TEdge> InEdges(TVertex vertex) => AdjacencyOf(vertex, nameof(vertex)).In;

    public int OutDegree(TVertex vertex) => OutEdges(vertex).Count;

    public int InDegree(TVertex vertex) => InEdges(vertex).Count;

    /// <summary>In-degree plus out-degree; a self-loop counts twice, as in QuikGraph.</summary>
    public int Degree(TVertex vertex) => OutDegree(vertex) + InDegree(vertex);

    private Adjacency AdjacencyOf(TVertex vertex, string parameter) =>
        _adjacency.TryGetValue(vertex, out var adjacency)
            ? adjacency
            : throw new ArgumentException($"Vertex '{vertex}' is not in the graph.", parameter);

    private sealed class Adjacency
    {
        public List<TEdge> Out { get; } = new();

        public List<TEdge> In { get; } = new();
    }
}
