using KnowledgeGraph.Core.Resolution;

namespace KnowledgeGraph.Core.Tests.Resolution;

public sealed class KindVoteTests
{
    [Fact]
    public void The_kind_with_the_most_mentions_leads()
    {
        Assert.Equal(
            EntityKind.Event,
            KindVote.Leader([new(EntityKind.Person, 1), new(EntityKind.Event, 3)], EntityKind.Person));
    }

    [Fact]
    public void A_tie_keeps_the_current_kind()
    {
        Assert.Equal(
            EntityKind.Person,
            KindVote.Leader([new(EntityKind.Event, 2), new(EntityKind.Person, 2)], EntityKind.Person));
    }

    [Fact]
    public void A_tie_the_current_kind_is_not_in_goes_to_the_first_stored_name_in_ordinal_order()
    {
        Assert.Equal(
            EntityKind.Organization,
            KindVote.Leader([new(EntityKind.Place, 2), new(EntityKind.Organization, 2), new(EntityKind.Person, 1)], EntityKind.Person));
    }

    [Fact]
    public void Other_counts_only_when_no_other_kind_has_a_vote()
    {
        Assert.Equal(EntityKind.Person, KindVote.Leader([new(EntityKind.Other, 5), new(EntityKind.Person, 1)], EntityKind.Other));
        Assert.Equal(EntityKind.Other, KindVote.Leader([new(EntityKind.Other, 5)], EntityKind.Other));
    }

    [Fact]
    public void No_votes_keep_the_current_kind()
    {
        Assert.Equal(EntityKind.Place, KindVote.Leader([], EntityKind.Place));
        Assert.Equal(EntityKind.Place, KindVote.Leader([new(EntityKind.Event, 0)], EntityKind.Place));
    }
}
