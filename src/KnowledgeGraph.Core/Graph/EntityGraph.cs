namespace KnowledgeGraph.Core.Graph;

/// <summary>The knowledge graph in memory: resolved entities joined by typed, weighted relations.</summary>
public sealed class EntityGraph : BidirectionalGraph<EntityNode, RelationEdge>
{
}
