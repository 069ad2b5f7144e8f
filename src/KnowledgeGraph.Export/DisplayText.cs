using KnowledgeGraph.Core;
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

    /// <summary>
    /// The relation kind followed by its label when it has one, e.g. "holds_position: Secretary of State", or the kind
    /// alone ("located_in"). Says what the relation is even where the label alone ("President") would not.
    /// </summary>
    public static string KindAndLabel(RelationEdge edge) =>
        string.IsNullOrWhiteSpace(edge.Label) ? edge.Kind : edge.Kind + ": " + edge.Label;

    /// <summary>
    /// What a drawing writes on an edge: <see cref="KindAndLabel"/> for a typed relation, nothing for a co-mention.
    /// Co-mentions are most of the edges of a news graph and say only "named together", so labelling them would bury
    /// the typed relations under repeated words.
    /// </summary>
    public static string? DrawnEdgeLabel(RelationEdge edge) =>
        string.Equals(edge.Kind, RelationKinds.CoMention, StringComparison.Ordinal) ? null : KindAndLabel(edge);
}
