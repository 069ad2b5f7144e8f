using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Export;

/// <summary>
/// The order in which every export lists an entity's aliases, so that the joined text in GraphML and DOT and the
/// array in JSON agree.
/// </summary>
internal static class AliasOrder
{
    /// <summary>
    /// Most frequent first. The node promises this order already; the stable sort makes it so for any input while
    /// keeping the given order among equal counts.
    /// </summary>
    public static IEnumerable<AliasCount> MostFrequentFirst(EntityNode node) =>
        node.Aliases.OrderByDescending(alias => alias.Count);
}
