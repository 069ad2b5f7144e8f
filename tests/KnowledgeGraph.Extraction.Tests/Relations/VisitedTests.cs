using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Tests.Relations;

public class VisitedTests
{
    [Theory]
    [InlineData("Ana Ruiz visited Ecuador last week.")]
    [InlineData("Ana Ruiz traveled to Ecuador on Monday.")]
    [InlineData("Ana Ruiz arrived in Ecuador on Sunday.")]
    [InlineData("Ana Ruiz flew to Ecuador after the vote.")]
    [InlineData("Ana Ruiz has visited Ecuador twice.")]
    [InlineData("Ana Ruiz's visit to Ecuador ended quietly.")]
    [InlineData("During Ana Ruiz's visit to Ecuador, protests were banned.")]
    public void A_visit_reported_has_no_label(string sentence) =>
        Assert.Equal([("Ana Ruiz", null, "Ecuador")], TypedRelationsOf.Named(sentence, RelationKinds.Visited));

    [Theory]
    [InlineData("Ana Ruiz will visit Ecuador on Thursday.")]
    [InlineData("Ana Ruiz is scheduled to fly to Ecuador for two days of talks.")]
    [InlineData("Ana Ruiz is due in Ecuador on Thursday.")]
    [InlineData("Ana Ruiz will travel to Ecuador next week.")]
    [InlineData("Ana Ruiz's upcoming trip to Ecuador was announced on Monday.")]
    public void A_visit_announced_is_labelled_scheduled(string sentence) =>
        Assert.Equal([("Ana Ruiz", "scheduled", "Ecuador")], TypedRelationsOf.Named(sentence, RelationKinds.Visited));

    [Fact]
    public void Places_joined_by_and_are_all_visited()
    {
        var visits = TypedRelationsOf.Named("Ana Ruiz visited Ecuador and Colombia in May.", RelationKinds.Visited);

        Assert.Equal([("Ana Ruiz", null, "Colombia"), ("Ana Ruiz", null, "Ecuador")], visits.OrderBy(v => v.Target, StringComparer.Ordinal));
    }

    [Fact]
    public void Only_the_subject_right_before_the_verb_visited()
    {
        var visits = TypedRelationsOf.Named("Ana Ruiz said Tomas Okafor visited Chile in March.", RelationKinds.Visited);

        Assert.Equal([("Tomas Okafor", null, "Chile")], visits);
    }

    [Fact]
    public void A_meeting_named_after_a_city_is_no_visit_by_anyone()
    {
        const string Text = "Ana Ruiz praised Tomas Okafor after the Mexico City meeting. Ana Ruiz visited the Lima plant.";
        TypedRelationsOf.AssertEntities(Text, "Ana Ruiz", "Tomas Okafor", "Mexico City", "Lima");

        Assert.Empty(TypedRelationsOf.Named(Text, RelationKinds.Visited));
    }
}
