namespace KnowledgeGraph.Core.Graph.Views;

/// <summary>Keeps the entities of some kinds (<c>--kinds person,organization</c>) and the edges among them.</summary>
public static class KindFilter
{
    public static EntityGraph Apply(EntityGraph graph, IReadOnlyCollection<EntityKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        return Subgraph.Of(graph, node => kinds.Contains(node.Kind));
    }
}
