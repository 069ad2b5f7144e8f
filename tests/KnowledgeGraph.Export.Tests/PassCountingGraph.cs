using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Export.Tests;

/// <summary>
/// A graph that offers only <see cref="IVertexAndEdgeSet{TVertex, TEdge}"/>, hands out a fresh enumeration on every
/// pass, as a graph streamed from the database does, and counts the passes: an exporter that needed the in-memory
/// graph, or walked a streamed one more often than it says, shows here.
/// </summary>
internal sealed class PassCountingGraph(EntityGraph graph) : IVertexAndEdgeSet<EntityNode, RelationEdge>
{
    public int VertexPasses { get; private set; }

    public int EdgePasses { get; private set; }

    public int VertexCount => graph.VertexCount;

    public int EdgeCount => graph.EdgeCount;

    public bool HasSelfLoops => graph.HasSelfLoops;

    public IEnumerable<EntityNode> Vertices
    {
        get
        {
            foreach (var node in CountedPass(graph.Vertices, () => VertexPasses++))
            {
                yield return node;
            }
        }
    }

    public IEnumerable<RelationEdge> Edges
    {
        get
        {
            foreach (var edge in CountedPass(graph.Edges, () => EdgePasses++))
            {
                yield return edge;
            }
        }
    }

    /// <summary>Counts a pass when it starts, so that a pass cut short (by <c>Any</c>) counts too.</summary>
    private static IEnumerable<T> CountedPass<T>(IEnumerable<T> items, Action started)
    {
        started();
        foreach (var item in items)
        {
            yield return item;
        }
    }
}
