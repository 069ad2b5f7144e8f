using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Tests.Relations;

public class MembershipTests
{
    [Fact]
    public void A_member_of_an_organization_in_apposition()
    {
        var members = TypedRelationsOf.Named(
            "Ana Ruiz, a senior member of the Andean Water Council, said the dam was safe.", RelationKinds.MemberOf);

        Assert.Equal([("Ana Ruiz", null, "Andean Water Council")], members);
    }

    [Fact]
    public void An_organization_member_before_a_country()
    {
        var members = TypedRelationsOf.Named("NATO member Poland sent two frigates.", RelationKinds.MemberOf);

        Assert.Equal([("Poland", null, "NATO")], members);
    }

    [Fact]
    public void A_country_that_joined_an_organization()
    {
        var members = TypedRelationsOf.Named("Sweden joined NATO in 2024.", RelationKinds.MemberOf);

        Assert.Equal([("Sweden", null, "NATO")], members);
    }

    [Fact]
    public void A_plan_to_join_is_no_membership()
    {
        const string Text = "Sweden will join NATO next year.";
        TypedRelationsOf.AssertEntities(Text, "Sweden", "NATO");

        Assert.Empty(TypedRelationsOf.Named(Text, RelationKinds.MemberOf));
    }

    [Fact]
    public void Not_a_member_is_no_membership()
    {
        const string Text = "Ana Ruiz is not a member of the Andean Water Council.";
        TypedRelationsOf.AssertEntities(Text, "Ana Ruiz", "Andean Water Council");

        Assert.Empty(TypedRelationsOf.Named(Text, RelationKinds.MemberOf));
    }

    [Fact]
    public void A_person_of_a_party_is_affiliated_with_it()
    {
        var affiliations = TypedRelationsOf.Named("Ruth Calder of the Labour Party said she would not resign.", RelationKinds.AffiliatedWith);

        Assert.Equal([("Ruth Calder", null, "Labour Party")], affiliations);
    }

    [Fact]
    public void A_party_adjective_before_a_title_names_the_party_of_the_document()
    {
        var affiliations = TypedRelationsOf.Named(
            "Republican senator Ruth Calder criticised the bill. The Republican Party said nothing.", RelationKinds.AffiliatedWith);

        Assert.Equal([("Ruth Calder", null, "Republican Party")], affiliations);
    }

    [Fact]
    public void A_job_noun_between_an_organization_and_a_person_ties_them()
    {
        var affiliations = TypedRelationsOf.Named("Reuters reporter Ana Ruiz visited the dam on Friday.", RelationKinds.AffiliatedWith);

        Assert.Equal([("Ana Ruiz", null, "Reuters")], affiliations);
    }
}
