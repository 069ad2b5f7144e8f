namespace KnowledgeGraph.Core.Graph.Views;

/// <summary>
/// Drops the nodes without any edge (<c>--drop-isolated</c>). The edge filters leave such nodes in place on purpose,
/// so that a filter never hides an entity silently; this is the explicit way to remove them.
/// </summary>
public static class IsolatedNodeFilter
{
    public static EntityGraph Apply(EntityGraph graph) => Subgraph.Of(graph, node => graph.Degree(node) > 0);
}
