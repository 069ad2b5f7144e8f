namespace KnowledgeGraph.Core.Graph.Views;

/// <summary>
/// Drops the co-mention edges (<c>--no-co-mention</c>): they outnumber the typed relations by far and, in a big
/// graph, hide them. Nodes stay, even those left without edges.
/// </summary>
public static class CoMentionFilter
{
    public static EntityGraph Apply(EntityGraph graph) =>
        Subgraph.WithEdges(graph, edge => !string.Equals(edge.Kind, RelationKinds.CoMention, StringComparison.Ordinal));
}
