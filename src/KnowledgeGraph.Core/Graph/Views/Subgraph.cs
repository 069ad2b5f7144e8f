namespace KnowledgeGraph.Core.Graph.Views;

/// <summary>
/// Copies the part of a graph a view keeps. Nodes and edges stay in the order of the original graph, so an export of
/// a view is as byte-stable as an export of the whole graph.
/// </summary>
internal static class Subgraph
{
    /// <summary>
    /// The nodes <paramref name="keepNode"/> accepts and the edges between them that <paramref name="keepEdge"/>
    /// accepts (every such edge when it is null).
    /// </summary>
    public static EntityGraph Of(EntityGraph graph, Func<EntityNode, bool> keepNode, Func<RelationEdge, bool>? keepEdge = null)
    {
        var view = new EntityGraph();
        foreach (var node in graph.Vertices.Where(keepNode))
        {
            view.AddVertex(node);
        }

        foreach (var edge in graph.Edges)
        {
            if (view.ContainsVertex(edge.Source) && view.ContainsVertex(edge.Target) && (keepEdge is null || keepEdge(edge)))
            {
                view.AddEdge(edge);
            }
        }

        return view;
    }

    /// <summary>Every node, and the edges <paramref name="keepEdge"/> accepts: an edge filter never removes a node.</summary>
    public static EntityGraph WithEdges(EntityGraph graph, Func<RelationEdge, bool> keepEdge) => Of(graph, _ => true, keepEdge);
}
