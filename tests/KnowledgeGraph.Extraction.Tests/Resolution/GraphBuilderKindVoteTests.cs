using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Resolution;
using KnowledgeGraph.Extraction.Resolution;

namespace KnowledgeGraph.Extraction.Tests.Resolution;

/// <summary>Each resolved entity carries its mentions in the document counted by kind, for the store to add up.</summary>
public sealed class GraphBuilderKindVoteTests
{
    [Fact]
    public void A_later_article_votes_for_its_own_kind_whatever_kind_the_entity_was_first_given()
    {
        var builder = new GraphBuilder(new InMemoryEntityIndex());
        var first = builder.Resolve(new HandMadeArticle("first", "Vestfjord Launch hired pilots.")
            .Entity(EntityKind.Person, "Vestfjord Launch").Build());

        var later = builder.Resolve(new HandMadeArticle("later", "Vestfjord Launch was delayed. Vestfjord Launch may fly in May.")
            .Entity(EntityKind.Event, "Vestfjord Launch").Build());

        Assert.Equal([new KindVote(EntityKind.Person, 1)], Assert.Single(first.Entities).KindVotes);
        var launch = Assert.Single(later.Entities);
        Assert.Equal(first.Entities[0].Id, launch.Id);
        Assert.False(launch.IsNew);
        Assert.Equal(EntityKind.Event, launch.Kind);
        Assert.Equal([new KindVote(EntityKind.Event, 2)], launch.KindVotes);
    }

    [Fact]
    public void Local_entities_of_two_kinds_that_become_one_entity_vote_with_all_their_mentions()
    {
        var launch = ResolveOneArticle(EntityKind.Person, "Vestfjord Launch hired pilots. The Vestfjord Launch Event was moved. Vestfjord Launch Event is in May.");

        Assert.Equal([new KindVote(EntityKind.Person, 1), new KindVote(EntityKind.Event, 2)], launch.KindVotes);
        Assert.Equal(EntityKind.Event, launch.Kind);
        Assert.Equal(3, launch.MentionCount);
    }

    [Fact]
    public void Within_one_article_a_tie_keeps_the_kind_of_the_first_local_entity()
    {
        var launch = ResolveOneArticle(EntityKind.Organization, "Vestfjord Launch hired pilots. The Vestfjord Launch Event was moved.");

        Assert.Equal(EntityKind.Organization, launch.Kind);
    }

    /// <summary>
    /// An article naming "Vestfjord Launch" with <paramref name="firstKind"/> and then the "Vestfjord Launch Event",
    /// which its any-kind key joins to the first within the article.
    /// </summary>
    private static ResolvedEntity ResolveOneArticle(EntityKind firstKind, string text)
    {
        var facts = new HandMadeArticle("mixed", text)
            .Entity(firstKind, "Vestfjord Launch")
            .EntityWithKeys(EntityKind.Event, "Vestfjord Launch Event", ["event:vestfjord launch event", "any:vestfjord launch"], 2)
            .Build();
        return Assert.Single(new GraphBuilder(new InMemoryEntityIndex()).Resolve(facts).Entities);
    }
}
