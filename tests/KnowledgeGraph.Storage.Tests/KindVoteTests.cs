using Dapper;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Resolution;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>An entity's stored kind is the one most of its mentions gave it, over every document.</summary>
public sealed class KindVoteTests
{
    private const long Launch = 1;

    private static ResolvedDocument LaunchArticle(string path, bool isNew, EntityKind kind, int mentions)
    {
        var text = string.Join(' ', Enumerable.Repeat("Vestfjord Launch was delayed.", mentions)) + $" ({path})";
        var builder = new DocumentBuilder(path, text).Entity(Launch, isNew, kind, "Vestfjord Launch");
        for (var i = 0; i < mentions; i++)
        {
            builder.Mention(Launch, "Vestfjord Launch", occurrence: i);
        }

        return builder.Build();
    }

    private static string KindOf(KnowledgeGraphStore store) =>
        store.Connection.ExecuteScalar<string>("SELECT kind FROM entities WHERE id = @Launch", new { Launch })!;

    [Fact]
    public void Three_articles_that_read_a_name_as_an_event_outvote_the_first_that_read_it_as_a_person()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();

        store.Write([LaunchArticle("a.txt", isNew: true, EntityKind.Person, 1)]);
        Assert.Equal("person", KindOf(store));
        store.Write([LaunchArticle("b.txt", isNew: false, EntityKind.Event, 1)]);
        Assert.Equal("person", KindOf(store)); // one each: the tie keeps the kind it has
        store.Write([LaunchArticle("c.txt", isNew: false, EntityKind.Event, 1), LaunchArticle("d.txt", isNew: false, EntityKind.Event, 1)]);

        Assert.Equal("event", KindOf(store));
        Assert.Equal(
            [("event", 3L), ("person", 1L)],
            store.Connection.Query<(string, long)>("SELECT kind, mentions FROM entity_kind_votes WHERE entity_id = 1 ORDER BY kind"));
    }

    [Fact]
    public void Votes_are_mentions_not_articles()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();

        store.Write([
            LaunchArticle("a.txt", isNew: true, EntityKind.Organization, 3),
            LaunchArticle("b.txt", isNew: false, EntityKind.Event, 1),
            LaunchArticle("c.txt", isNew: false, EntityKind.Event, 1),
        ]);

        Assert.Equal("organization", KindOf(store));
    }

    [Fact]
    public void A_tie_between_two_kinds_that_both_overtake_the_current_one_goes_to_the_first_in_ordinal_order()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([LaunchArticle("a.txt", isNew: true, EntityKind.Person, 1)]);
        var both = new DocumentBuilder("b.txt", "Vestfjord Launch and Vestfjord Launch again.")
            .Entity(Launch, isNew: false, EntityKind.Place, "Vestfjord Launch")
            .Mention(Launch, "Vestfjord Launch")
            .Mention(Launch, "Vestfjord Launch", occurrence: 1)
            .Build();
        var twoKinds = both with
        {
            Entities = [both.Entities[0] with { KindVotes = [new KindVote(EntityKind.Event, 2), new KindVote(EntityKind.Place, 2)] }],
        };

        store.Write([twoKinds]);

        Assert.Equal("event", KindOf(store));
        Assert.Equal( // the rule the GraphBuilder applies to one document's votes agrees with the store's
            EntityKind.Event,
            KindVote.Leader([new(EntityKind.Person, 1), new(EntityKind.Event, 2), new(EntityKind.Place, 2)], EntityKind.Person));
    }

    // Regression, kept from before the votes: a name first seen without any cue to its kind became a second node.
    [Fact]
    public void Other_counts_only_until_another_kind_has_a_vote()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([
            new DocumentBuilder("a.txt", "Officials met Mendez. Mendez left. Lima hosted them.")
                .Entity(1, isNew: true, EntityKind.Other, "Mendez").Mention(1, "Mendez").Mention(1, "Mendez", occurrence: 1)
                .Entity(2, isNew: true, EntityKind.Place, "Lima").Mention(2, "Lima").Build(),
            new DocumentBuilder("b.txt", "Mendez said Lima was calm.")
                .Entity(1, isNew: false, EntityKind.Person, "Mendez").Mention(1, "Mendez")
                .Entity(2, isNew: false, EntityKind.Other, "Lima").Mention(2, "Lima").Build(),
        ]);

        var kinds = store.Connection.Query<(long Id, string Kind)>("SELECT id, kind FROM entities ORDER BY id").ToList();

        Assert.Equal([(1L, "person"), (2L, "place")], kinds);
    }
}
