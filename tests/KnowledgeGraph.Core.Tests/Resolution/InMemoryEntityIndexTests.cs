using KnowledgeGraph.Core.Documents;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Core.Resolution;

namespace KnowledgeGraph.Core.Tests.Resolution;

public sealed class InMemoryEntityIndexTests
{
    [Fact]
    public void A_key_lists_every_entity_that_registered_it_in_id_order_once_each()
    {
        var index = new InMemoryEntityIndex();
        index.Add("name:rubio", 7);
        index.Add("name:rubio", 3);
        index.Add("name:rubio", 7);
        index.Add("name:marco rubio", 3);

        Assert.Equal([3L, 7L], index.Find("name:rubio"));
        Assert.Equal([3L], index.Find("name:marco rubio"));
        Assert.Empty(index.Find("name:jane rubio"));
        Assert.Equal(2, index.Count);
    }

    [Fact]
    public void New_ids_continue_after_every_id_seen()
    {
        var index = new InMemoryEntityIndex(lastIssuedId: 4);
        index.Add("place:varna", 10);

        Assert.Equal(11, index.NewId());
    }

    [Fact]
    public void A_name_is_what_was_last_set()
    {
        var index = new InMemoryEntityIndex();
        Assert.Null(index.NameOf(1));

        index.SetName(1, "Rubio");
        index.SetName(1, "Marco Rubio");

        Assert.Equal("Marco Rubio", index.NameOf(1));
    }

    [Fact]
    public void Links_count_in_either_direction_and_each_other_entity_once()
    {
        var index = new InMemoryEntityIndex();
        index.AddLinks(DocumentLinking((1, 2), (3, 1)));

        Assert.Equal(2, index.CountLinked(1, [2, 3, 3, 4]));
        Assert.Equal(1, index.CountLinked(3, [1, 2]));
        Assert.Equal(0, index.CountLinked(4, [1]));
    }

    private static ResolvedDocument DocumentLinking(params (long Source, long Target)[] links)
    {
        var text = "Linked.";
        var facts = new DocumentFacts(
            new Document("links.txt", "links", null, null, null, null, null, text, ContentHash.Of(text)), [], [], [], []);
        var relations = links.Select(l => new ResolvedRelation(l.Source, l.Target, RelationKinds.CoMention, null, [new TextSpan(0, text.Length)]));
        return new ResolvedDocument(facts, [], [], relations.ToList());
    }
}
