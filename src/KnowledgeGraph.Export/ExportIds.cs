using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Export;

/// <summary>
/// Ids of nodes and edges inside exported files, built from the database ids so that the same entity has the same
/// id in every format and every run, and a user can go from an export back to <c>entities.id</c>.
/// </summary>
internal static class ExportIds
{
    public static string Node(EntityNode node) => "n" + InvariantNumber.Format(node.Id);

    public static string Edge(RelationEdge edge) => "e" + InvariantNumber.Format(edge.Id);
}
