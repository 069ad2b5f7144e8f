using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Tests.Graph;

public class EntityGraphTests
{
    [Fact]
    public void NodesAreTheSameVertexWhenTheirIdsMatch()
    {
        var graph = new EntityGraph();
        var rubio = Node(1, "Marco Rubio");

        Assert.True(graph.AddVertex(rubio));
        Assert.False(graph.AddVertex(Node(1, "Rubio")));
        Assert.True(graph.ContainsVertex(Node(1, "anything")));
        Assert.Same(rubio, graph.Vertices.Single());
    }

    [Fact]
    public void ParallelTypedRelationsAreKeptApart()
    {
        var graph = new EntityGraph();
        var rubio = Node(1, "Marco Rubio");
        var un = Node(2, "United Nations");
        graph.AddVertex(rubio);
        graph.AddVertex(un);

        graph.AddEdge(new RelationEdge(10, rubio, un, RelationKinds.CoMention, null, 3, 2, null));
        graph.AddEdge(new RelationEdge(11, rubio, un, "spoke_at", "addressed", 1, 1, "Rubio addressed the UN."));

        Assert.Equal(new long[] { 10, 11 }, graph.OutEdges(rubio).Select(edge => edge.Id));
        Assert.Equal(new[] { RelationKinds.CoMention, "spoke_at" }, graph.InEdges(un).Select(edge => edge.Kind));
    }

    private static EntityNode Node(long id, string name) =>
        new(id, name, EntityKind.Person, 1, 1, Array.Empty<AliasCount>());
}
