using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Tests.Relations;

public class HoldsPositionTests
{
    [Fact]
    public void A_country_right_before_the_title_is_where_the_office_is_held()
    {
        var positions = TypedRelationsOf.Named(
            "U.S. Secretary of State Ellen Marsh landed in Lima on Monday.", RelationKinds.HoldsPosition);

        Assert.Equal([("Ellen Marsh", "Secretary of State", "United States")], positions);
    }

    [Fact]
    public void A_demonym_before_the_title_names_the_country_of_the_document()
    {
        var positions = TypedRelationsOf.Named(
            "Peruvian President Tomas Okafor opened the session. Peru has been in recession since May.", RelationKinds.HoldsPosition);

        Assert.Equal([("Tomas Okafor", "President", "Peru")], positions);
    }

    [Fact]
    public void A_demonym_whose_country_the_document_never_names_gives_no_position()
    {
        const string Text = "Peruvian President Tomas Okafor opened the session in Lima.";
        TypedRelationsOf.AssertEntities(Text, "Tomas Okafor", "Lima");

        Assert.Empty(TypedRelationsOf.Named(Text, RelationKinds.HoldsPosition));
    }

    [Fact]
    public void A_possessive_country_before_a_lower_case_title_counts_and_the_label_is_title_case()
    {
        var positions = TypedRelationsOf.Named(
            "“We will not sign,” said Chile’s foreign affairs secretary Ana Ruiz.", RelationKinds.HoldsPosition);

        Assert.Equal([("Ana Ruiz", "Foreign Affairs Secretary", "Chile")], positions);
    }

    [Fact]
    public void An_adjective_between_the_possessive_country_and_the_title_is_allowed()
    {
        var positions = TypedRelationsOf.Named("Peru's new president, Tomas Okafor, said talks would resume.", RelationKinds.HoldsPosition);

        Assert.Equal([("Tomas Okafor", "President", "Peru")], positions);
    }

    [Fact]
    public void An_apposition_after_the_name_gives_title_and_country()
    {
        var positions = TypedRelationsOf.Named(
            "Ana Ruiz, the Chilean foreign minister, met reporters in Lima. Chile recalled its ambassador.", RelationKinds.HoldsPosition);

        Assert.Equal([("Ana Ruiz", "Foreign Minister", "Chile")], positions);
    }

    [Fact]
    public void An_apposition_with_an_ordinal_and_a_country_before_a_lower_case_title()
    {
        var positions = TypedRelationsOf.Named(
            "Ellen Marsh, the first U.S. secretary of state, toured the port.", RelationKinds.HoldsPosition);

        Assert.Equal([("Ellen Marsh", "Secretary of State", "United States")], positions);
    }

    [Fact]
    public void An_apposition_naming_the_organization_after_the_title()
    {
        var named = TypedRelationsOf.Named("Mark Delaney, chief executive of Havenbond Group, said the plant would close.");

        Assert.Contains(("Mark Delaney", RelationKinds.HoldsPosition, "Chief Executive", "Havenbond Group"), named);
        Assert.Contains(("Mark Delaney", RelationKinds.Leads, "Chief Executive", "Havenbond Group"), named);
    }

    [Fact]
    public void A_title_set_off_before_the_name_with_its_country()
    {
        var positions = TypedRelationsOf.Named(
            "Talks stalled until Chile’s president, Gabriel Boric, called the miners.", RelationKinds.HoldsPosition);

        Assert.Equal([("Gabriel Boric", "President", "Chile")], positions);
    }

    [Fact]
    public void A_title_with_no_country_takes_the_office_stated_elsewhere_for_the_same_person()
    {
        var (facts, relations) = TypedRelationsOf.Extract(
            "President Tomas Okafor flew home. Peruvian President Tomas Okafor had spent a week abroad. Peru is calm.");

        var position = Assert.Single(relations, r => r.Kind == RelationKinds.HoldsPosition);
        Assert.Equal(("Tomas Okafor", "President", "Peru"), (facts.Entities[position.SourceId].Name, position.Label, facts.Entities[position.TargetId].Name));
        Assert.Equal([facts.Sentences[0], facts.Sentences[1]], position.Evidence);
    }

    [Fact]
    public void A_title_with_no_country_anywhere_gives_no_position()
    {
        const string Text = "President Tomas Okafor flew home on Sunday.";
        TypedRelationsOf.AssertEntities(Text, "Tomas Okafor");

        Assert.Empty(TypedRelationsOf.Named(Text, RelationKinds.HoldsPosition));
    }

    [Fact]
    public void A_country_separated_from_the_title_by_a_comma_is_not_the_office()
    {
        const string Text = "In Chile, President Tomas Okafor said the deal was done.";
        TypedRelationsOf.AssertEntities(Text, "Chile", "Tomas Okafor");

        Assert.Empty(TypedRelationsOf.Named(Text, RelationKinds.HoldsPosition));
    }

    [Fact]
    public void A_former_title_is_no_position()
    {
        const string Text = "Former Chilean President Ana Ruiz visited Chile on Friday.";
        TypedRelationsOf.AssertEntities(Text, "Chile", "Ana Ruiz");

        Assert.Empty(TypedRelationsOf.Named(Text, RelationKinds.HoldsPosition));
    }

    [Fact]
    public void The_title_of_someone_elses_staff_is_not_the_office_of_a_country()
    {
        var positions = TypedRelationsOf.Named(
            "Tomas Okafor, the president's spokesperson, met Ana Ruiz in Peru. Peru's spokesperson, Ana Ruiz, agreed.", RelationKinds.HoldsPosition);

        Assert.Equal([("Ana Ruiz", "Spokesperson", "Peru")], positions);
    }

    [Fact]
    public void A_title_belongs_to_the_name_it_touches_not_to_the_subject_of_the_sentence()
    {
        var named = TypedRelationsOf.Named("Ana Ruiz met Chilean President Gabriel Boric in Santiago. Chile was hosting.");

        Assert.Contains(("Gabriel Boric", RelationKinds.HoldsPosition, "President", "Chile"), named);
        Assert.DoesNotContain(named, r => r.Source == "Ana Ruiz" && r.Kind == RelationKinds.HoldsPosition);
    }

    [Fact]
    public void Abbreviated_titles_are_spelled_out()
    {
        var positions = TypedRelationsOf.Named("U.S. Sen. Ruth Calder voted against the bill.", RelationKinds.HoldsPosition);

        Assert.Equal([("Ruth Calder", "Senator", "United States")], positions);
    }

    [Fact]
    public void A_head_of_state_also_leads_the_country_but_a_minister_does_not()
    {
        var leads = TypedRelationsOf.Named(
            "Peruvian President Tomas Okafor and Peruvian Foreign Minister Ana Ruiz arrived in Quito. Peru sent both.", RelationKinds.Leads);

        Assert.Equal([("Tomas Okafor", "President", "Peru")], leads);
    }

    [Fact]
    public void Who_heads_an_organization_leads_it()
    {
        var leads = TypedRelationsOf.Named("Ana Ruiz, who heads the Andean Water Council, spoke first.", RelationKinds.Leads);

        Assert.Equal([("Ana Ruiz", null, "Andean Water Council")], leads);
    }

    [Fact]
    public void Leading_a_delegation_of_an_organization_is_not_leading_the_organization()
    {
        const string Text = "Ana Ruiz led the Andean Water Council delegation to Quito.";
        TypedRelationsOf.AssertEntities(Text, "Ana Ruiz", "Andean Water Council");

        Assert.Empty(TypedRelationsOf.Named(Text, RelationKinds.Leads));
    }
}
