using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Tests.Graph.Views;

/// <summary>Small hand-made knowledge graphs for the view tests. Each call builds a fresh graph.</summary>
internal static class ViewGraphs
{
    public static EntityNode Node(long id, string name, EntityKind kind = EntityKind.Person, int mentions = 1, params string[] aliases) =>
        new(id, name, kind, mentions, 1, aliases.Select(alias => new AliasCount(alias, 1)).ToList());

    public static RelationEdge Edge(long id, EntityNode source, EntityNode target, string kind = RelationKinds.CoMention, double weight = 1, int documents = 1, string? label = null) =>
        new(id, source, target, kind, label, weight, documents, $"evidence {id}");

    public static EntityGraph Build(IEnumerable<EntityNode> nodes, params RelationEdge[] edges)
    {
        var graph = new EntityGraph();
        foreach (var node in nodes)
        {
            graph.AddVertex(node);
        }

        foreach (var edge in edges)
        {
            graph.AddEdge(edge);
        }

        return graph;
    }

    /// <summary>
    /// Rubio (1, person) — State Department (2, organization) — Washington (3, place), Sheinbaum (4, person) —
    /// Mexico (5, place), with co-mentions 1–2 (weight 3), 2–3 (1), 1–4 (2), 4–5 (5) and a typed "met" 1→4 (1).
    /// </summary>
    public static EntityGraph News()
    {
        var rubio = Node(1, "Marco Rubio", EntityKind.Person, 9, "Rubio", "Secretary Rubio");
        var state = Node(2, "State Department", EntityKind.Organization, 4);
        var washington = Node(3, "Washington", EntityKind.Place, 3);
        var sheinbaum = Node(4, "Claudia Sheinbaum", EntityKind.Person, 7, "Sheinbaum");
        var mexico = Node(5, "México", EntityKind.Place, 6, "Mexico");
        return Build(
            [rubio, state, washington, sheinbaum, mexico],
            Edge(10, rubio, state, weight: 3),
            Edge(11, state, washington, weight: 1),
            Edge(12, rubio, sheinbaum, weight: 2),
            Edge(13, sheinbaum, mexico, weight: 5),
            Edge(14, rubio, sheinbaum, "met", 1, label: "met with"));
    }

    public static long[] NodeIds(EntityGraph graph) => graph.Vertices.Select(node => node.Id).ToArray();

    public static long[] EdgeIds(EntityGraph graph) => graph.Edges.Select(edge => edge.Id).ToArray();
}
