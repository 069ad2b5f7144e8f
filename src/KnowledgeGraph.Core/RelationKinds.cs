namespace KnowledgeGraph.Core;

/// <summary>The relation kinds stored in <c>relations.kind</c>. Users filter on these strings, so they never change.</summary>
public static class RelationKinds
{
    /// <summary>Two entities named in the same sentence. Undirected: the source is the entity with the smaller id.</summary>
    public const string CoMention = "co_mention";
}
