using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Tests.Graph;

/// <summary>
/// An edge between string vertices. A class, not a record, so that two parallel edges with the same ends are still
/// two different edges, as QuikGraph's edges are.
/// </summary>
internal sealed class Edge(string source, string target, string kind = "link") : IEdge<string>
{
    public string Source { get; } = source;

    public string Target { get; } = target;

    public string Kind { get; } = kind;

    public override string ToString() => $"{Source}-[{Kind}]->{Target}";
}

/// <summary>Small graphs the graph and algorithm tests share. Each call builds a fresh graph.</summary>
internal static class TestGraphs
{
    /// <summary>A graph with the given vertices (in this order) and edges written "a>b".</summary>
    public static BidirectionalGraph<string, Edge> Build(string vertices, params string[] edges)
    {
        var graph = new BidirectionalGraph<string, Edge>();
        foreach (var vertex in vertices.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            graph.AddVertex(vertex);
        }

        foreach (var edge in edges)
        {
            var ends = edge.Split('>');
            graph.AddEdge(new Edge(ends[0], ends[1]));
        }

        return graph;
    }

    /// <summary>A path a → b → c → d → e.</summary>
    public static BidirectionalGraph<string, Edge> Path() => Build("a b c d e", "a>b", "b>c", "c>d", "d>e");

    /// <summary>A star: every leaf points at the centre "hub", so the centre has only in-edges.</summary>
    public static BidirectionalGraph<string, Edge> Star() => Build("l1 l2 hub l3 l4 l5", "l1>hub", "l2>hub", "l3>hub", "l4>hub", "l5>hub");
}
