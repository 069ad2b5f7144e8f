using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Tests.Relations;

public class MetWithTests
{
    [Theory]
    [InlineData("Ana Ruiz met with Tomas Okafor in Lima on Tuesday.")]
    [InlineData("Ana Ruiz met Tomas Okafor on Tuesday.")]
    [InlineData("Ana Ruiz held talks with Tomas Okafor in Lima.")]
    [InlineData("Ana Ruiz and Tomas Okafor met on Tuesday in Lima.")]
    [InlineData("Ana Ruiz's meeting with Tomas Okafor lasted two hours.")]
    [InlineData("Talks between Ana Ruiz and Tomas Okafor ended without a deal.")]
    [InlineData("After meeting Tomas Okafor, Ana Ruiz flew home.")]
    [InlineData("Ana Ruiz spoke after meeting with Tomas Okafor in Lima.")]
    [InlineData("Ana Ruiz hosted Tomas Okafor at her residence.")]
    [InlineData("Ana Ruiz received Tomas Okafor in Lima.")]
    [InlineData("Ana Ruiz, who met Tomas Okafor on Monday, flew to Quito.")]
    public void Each_way_of_saying_two_people_met(string sentence) =>
        Assert.Equal([("Ana Ruiz", "Tomas Okafor")], TypedRelationsOf.Pairs(sentence, RelationKinds.MetWith));

    [Fact]
    public void Titles_and_appositions_around_the_names_do_not_hide_the_verb()
    {
        var pairs = TypedRelationsOf.Pairs(
            "Ana Ruiz, the Chilean foreign minister, met Peruvian President Tomas Okafor in Lima. Chile and Peru are neighbours.",
            RelationKinds.MetWith);

        Assert.Equal([("Ana Ruiz", "Tomas Okafor")], pairs);
    }

    [Fact]
    public void A_meeting_still_to_come_is_labelled_scheduled()
    {
        var meetings = TypedRelationsOf.Named("Ana Ruiz will meet Tomas Okafor in Lima on Friday.", RelationKinds.MetWith);

        var meeting = Assert.Single(meetings);
        Assert.Equal("scheduled", meeting.Label);
    }

    [Fact]
    public void Both_orders_make_one_relation_stored_with_the_smaller_id_first_and_both_sentences_as_evidence()
    {
        var (facts, relations) = TypedRelationsOf.Extract("Ana Ruiz met Tomas Okafor on Monday. Tomas Okafor met Ana Ruiz again on Friday.");

        var meeting = Assert.Single(relations, r => r.Kind == RelationKinds.MetWith);
        Assert.True(meeting.SourceId < meeting.TargetId);
        Assert.Equal([facts.Sentences[0], facts.Sentences[1]], meeting.Evidence);
    }

    [Theory]
    [InlineData("Ana Ruiz criticised Tomas Okafor on Tuesday in Lima.")]
    [InlineData("Ana Ruiz did not meet Tomas Okafor in Lima.")]
    [InlineData("Ana Ruiz met Tomas Okafor's deputy in Lima.")]
    [InlineData("A critic of Ana Ruiz met Tomas Okafor in Lima.")]
    [InlineData("Ana Ruiz said Tomas Okafor was wrong.")]
    [InlineData("Ana Ruiz and Tomas Okafor met reporters in Lima.")]
    public void Two_people_in_one_sentence_who_did_not_meet(string sentence)
    {
        TypedRelationsOf.AssertEntities(sentence, "Ana Ruiz", "Tomas Okafor");

        Assert.Empty(TypedRelationsOf.Pairs(sentence, RelationKinds.MetWith));
    }

    [Fact]
    public void A_town_is_met_by_nobody()
    {
        const string Text = "Ana Ruiz met with Cusco on Tuesday.";
        TypedRelationsOf.AssertEntities(Text, "Ana Ruiz", "Cusco");

        Assert.Empty(TypedRelationsOf.Pairs(Text, RelationKinds.MetWith));
    }

    [Fact]
    public void A_country_named_only_as_a_modifier_is_not_met()
    {
        const string Text = "The Chile delegation met Tomas Okafor. Ana Ruiz met the Chile delegation.";
        TypedRelationsOf.AssertEntities(Text, "Ana Ruiz", "Tomas Okafor", "Chile");

        Assert.Empty(TypedRelationsOf.Pairs(Text, RelationKinds.MetWith));
    }
}
