using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Export;

/// <summary>How nodes and edges are named for the people who read an export, the same in every format.</summary>
internal static class DisplayText
{
    /// <summary>Separator between aliases; spaced so that it cannot be mistaken for part of a name.</summary>
    public const string AliasSeparator = " | ";

    /// <summary>The surface forms of an entity in <see cref="AliasOrder"/>, e.g. "Marco Rubio | Rubio".</summary>
    public static string Aliases(EntityNode node) =>
        string.Join(AliasSeparator, AliasOrder.MostFrequentFirst(node).Select(alias => alias.Alias));

    /// <summary>The relation's own label when it has one (e.g. "minister of"), otherwise its kind (e.g. "co_mention").</summary>
    public static string EdgeLabel(RelationEdge edge) =>
        string.IsNullOrWhiteSpace(edge.Label) ? edge.Kind : edge.Label;
}
