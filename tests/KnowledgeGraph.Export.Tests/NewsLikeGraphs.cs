using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Export.Tests;

/// <summary>
/// Big graphs shaped like a news corpus: every kind of node, names of one to three words, co-mention edges with
/// evidence, and a few hubs (the countries and leaders every article names), grown by preferential attachment.
/// The same size always gives the same graph.
/// </summary>
internal static class NewsLikeGraphs
{
    public static EntityGraph Generate(int nodeCount, int edgesPerNode = 2)
    {
        var random = new Random(nodeCount);
        var kinds = Enum.GetValues<EntityKind>();
        var graph = new EntityGraph();
        var nodes = new List<EntityNode>(nodeCount);
        // Each node appears here once per edge it has, so picking from it favours nodes that are already linked.
        var endpoints = new List<EntityNode>();
        var edgeId = 1L;
        for (var id = 1; id <= nodeCount; id++)
        {
            var node = SampleGraphs.Node(id, Name(random), kinds[random.Next(kinds.Length)], random.Next(1, 50), random.Next(1, 10));
            graph.AddVertex(node);
            nodes.Add(node);
            for (var edge = 0; edge < edgesPerNode && nodes.Count > 1; edge++)
            {
                var target = endpoints.Count == 0 ? nodes[0] : endpoints[random.Next(endpoints.Count)];
                // A co-mention runs from the smaller id, as the store writes it.
                graph.AddEdge(new RelationEdge(edgeId++, target, node, RelationKinds.CoMention, null, random.Next(1, 6), 1, $"{target.Name} met {node.Name}."));
                endpoints.Add(node);
                endpoints.Add(target);
            }
        }

        return graph;
    }

    private static string Name(Random random) => string.Join(' ', Enumerable.Range(0, random.Next(1, 4)).Select(_ => Word(random)));

    private static string Word(Random random)
    {
        var letters = Enumerable.Range(0, random.Next(3, 10)).Select(_ => (char)('a' + random.Next(26))).ToArray();
        letters[0] = char.ToUpperInvariant(letters[0]);
        return new string(letters);
    }
}
