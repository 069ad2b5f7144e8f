using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Tests.Relations;

public class LocatedInTests
{
    [Fact]
    public void A_town_then_its_country_after_a_comma()
    {
        var located = TypedRelationsOf.Named("Floods hit Valparaíso, Chile, on Sunday.", RelationKinds.LocatedIn);

        Assert.Equal([("Valparaíso", null, "Chile")], located);
    }

    [Fact]
    public void A_town_then_its_state_after_a_comma()
    {
        var located = TypedRelationsOf.Named("Teachers marched in Juchitán, Oaxaca, on Friday.", RelationKinds.LocatedIn);

        Assert.Contains(("Juchitán", null, "Oaxaca"), located);
    }

    [Fact]
    public void The_city_of_a_place_in_another()
    {
        var located = TypedRelationsOf.Named("The company opened an office in the city of Cusco in Peru.", RelationKinds.LocatedIn);

        Assert.Equal([("Cusco", null, "Peru")], located);
    }

    [Fact]
    public void A_capital_in_apposition()
    {
        var named = TypedRelationsOf.Named(
            "Santiago, the Chilean capital, hosted the summit, and Chile paid for it. Guadalajara, the capital of Jalisco, hosted a fair.",
            RelationKinds.LocatedIn);

        Assert.Contains(("Santiago", null, "Chile"), named);
        Assert.Contains(("Guadalajara", null, "Jalisco"), named);
    }

    [Fact]
    public void A_city_of_the_document_lies_in_the_country_the_gazetteer_gives_it_when_the_document_names_that_country()
    {
        var (facts, relations) = TypedRelationsOf.Extract("Ana Ruiz spoke in Mexico City on Monday. Mexico is her home. Mexico City was calm.");

        var located = Assert.Single(relations, r => r.Kind == RelationKinds.LocatedIn);
        Assert.Equal(("Mexico City", "Mexico"), (facts.Entities[located.SourceId].Name, facts.Entities[located.TargetId].Name));
        Assert.Equal([facts.Sentences[0]], located.Evidence);
    }

    [Fact]
    public void A_city_whose_country_the_document_does_not_name_lies_nowhere()
    {
        const string Text = "Ana Ruiz spoke in Quito on Monday.";
        TypedRelationsOf.AssertEntities(Text, "Quito");

        Assert.Empty(TypedRelationsOf.Named(Text, RelationKinds.LocatedIn));
    }

    [Fact]
    public void Lists_of_towns_or_of_states_are_no_containment()
    {
        const string Text = "Protests spread across Oaxaca, Chiapas and Guerrero. Flights to Lima, Quito and Bogotá were cancelled.";
        TypedRelationsOf.AssertEntities(Text, "Oaxaca", "Chiapas", "Lima", "Quito");

        Assert.Empty(TypedRelationsOf.Named(Text, RelationKinds.LocatedIn));
    }

    [Fact]
    public void A_country_is_never_in_a_city_nor_a_place_in_itself()
    {
        const string Text = "Officials in Mexico, Mexico City and Panama, Panama City met.";
        TypedRelationsOf.AssertEntities(Text, "Mexico", "Mexico City", "Panama", "Panama City");

        var located = TypedRelationsOf.Named(Text, RelationKinds.LocatedIn);
        Assert.Contains(("Mexico City", null, "Mexico"), located);
        Assert.DoesNotContain(located, l => l.Source is "Mexico" or "Panama");
        Assert.DoesNotContain(located, l => l.Source == l.Target);
    }
}
