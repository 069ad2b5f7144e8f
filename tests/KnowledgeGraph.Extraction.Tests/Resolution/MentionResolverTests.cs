using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Resolution;
using KnowledgeGraph.Extraction.Tagging;

namespace KnowledgeGraph.Extraction.Tests.Resolution;

public class MentionResolverTests
{
    private static readonly CapitalizedSpanTagger Tagger = new(Gazetteer.Default);
    private static readonly MentionResolver Resolver = new(Gazetteer.Default);

    private static (IReadOnlyList<LocalEntity> Entities, IReadOnlyList<Mention> Mentions) Resolve(string text)
    {
        var analyzed = AnalyzedText.Analyze(text);
        return Resolver.Resolve(analyzed, Tagger.Tag(analyzed));
    }

    private static string[] MentionTexts(IReadOnlyList<Mention> mentions, int entity) =>
        mentions.Where(m => m.EntityId == entity).Select(m => m.Text).ToArray();

    [Fact]
    public void A_surname_and_its_possessive_join_the_full_name()
    {
        var (entities, mentions) = Resolve(
            "President Ana Ruiz opened the bridge on Monday. Ruiz said the toll would be waived. Critics questioned Ruiz’s figures.");

        var ruiz = Assert.Single(entities);
        Assert.Equal(EntityKind.Person, ruiz.Kind);
        Assert.Equal("Ana Ruiz", ruiz.Name);
        Assert.Equal(new[] { "Ana Ruiz", "Ruiz", "Ruiz" }, MentionTexts(mentions, ruiz.Id));
        Assert.Equal(new[] { 0, 1, 2 }, mentions.Select(m => m.Sentence));
    }

    [Fact]
    public void A_particle_surname_joins_the_full_name()
    {
        var (entities, mentions) = Resolve("Tomás de la Cruz chaired the panel. Reporters asked de la Cruz about the budget.");

        var cruz = Assert.Single(entities);
        Assert.Equal("Tomás de la Cruz", cruz.Name);
        Assert.Equal("name:de la cruz", cruz.ResolutionKeys[1]);
        Assert.Equal(new[] { "Tomás de la Cruz", "de la Cruz" }, MentionTexts(mentions, cruz.Id));
    }

    [Fact]
    public void Particle_surnames_in_any_case_join_the_full_name()
    {
        var (entities, mentions) = Resolve(
            "Tomás de la Cruz chaired the panel. De la Cruz said little. Reporters asked de la Cruz about the budget.");

        var cruz = Assert.Single(entities);
        Assert.Equal("Tomás de la Cruz", cruz.Name);
        Assert.Equal(new[] { "Tomás de la Cruz", "De la Cruz", "de la Cruz" }, MentionTexts(mentions, cruz.Id));
    }

    [Fact]
    public void Leading_words_and_the_surname_of_a_longer_name_join_it()
    {
        var (entities, mentions) = Resolve(
            "Claudia Ortega Pardo won the vote. Claudia Ortega thanked supporters, and Ortega later left for Quito.");

        Assert.Equal(new[] { ("Claudia Ortega Pardo", EntityKind.Person), ("Quito", EntityKind.Place) }, entities.Select(e => (e.Name, e.Kind)));
        Assert.Equal(new[] { "Claudia Ortega Pardo", "Claudia Ortega", "Ortega" }, MentionTexts(mentions, 0));
    }

    [Fact]
    public void A_surname_shared_by_two_people_joins_neither()
    {
        var (entities, mentions) = Resolve(
            "Ana Ruiz met her brother Pedro Ruiz at the ferry terminal. Later, Ruiz spoke to reporters.");

        var ana = Assert.Single(entities, e => e.Name == "Ana Ruiz");
        var pedro = Assert.Single(entities, e => e.Name == "Pedro Ruiz");
        Assert.Equal(new[] { "Ana Ruiz" }, MentionTexts(mentions, ana.Id));
        Assert.Equal(new[] { "Pedro Ruiz" }, MentionTexts(mentions, pedro.Id));
        var lone = Assert.Single(mentions, m => m.Text == "Ruiz");
        Assert.NotEqual(ana.Id, lone.EntityId);
        Assert.NotEqual(pedro.Id, lone.EntityId);
    }

    [Theory]
    [InlineData("Lima, Peru — Peru and Chile signed the accord in Lima.", "Lima", "Peru")]
    [InlineData("The United States asked the United Nations to send observers.", "United States", "United Nations")]
    [InlineData("Officials from Latin America met envoys from Central America.", "Latin America", "Central America")]
    public void Names_that_share_words_stay_apart(string text, string first, string second)
    {
        var (entities, mentions) = Resolve(text);

        var a = Assert.Single(entities, e => e.Name == first);
        var b = Assert.Single(entities, e => e.Name == second);
        Assert.NotEqual(a.Id, b.Id);
        Assert.All(MentionTexts(mentions, a.Id), form => Assert.DoesNotContain(second, form));
        Assert.All(MentionTexts(mentions, b.Id), form => Assert.DoesNotContain(first, form));
    }

    [Fact]
    public void A_person_stays_apart_from_the_ministry_they_head_and_the_administration_named_after_them()
    {
        var (entities, mentions) = Resolve(
            "Foreign Minister Ana Ruiz said the Ministry of Foreign Affairs would publish the text. The Ruiz Administration declined to comment, and Ruiz left.");

        var ruiz = Assert.Single(entities, e => e.Kind == EntityKind.Person);
        Assert.Equal("Ana Ruiz", ruiz.Name);
        Assert.Equal(new[] { "Ana Ruiz", "Ruiz" }, MentionTexts(mentions, ruiz.Id));
        Assert.Contains(entities, e => e.Name == "Ministry of Foreign Affairs" && e.Kind == EntityKind.Organization);
        Assert.Contains(entities, e => e.Name == "Ruiz Administration" && e.Kind == EntityKind.Organization);
    }

    [Fact]
    public void A_body_named_without_its_country_joins_the_one_the_article_named_with_it()
    {
        var analyzed = AnalyzedText.Analyze("The Chilean Foreign Ministry published the text. The Foreign Ministry said more would follow.");
        var (entities, mentions) = Resolver.Resolve(analyzed, [new EntitySpan(1, 4, EntityKind.Organization), new EntitySpan(9, 11, EntityKind.Organization)]);

        var ministry = Assert.Single(entities);
        Assert.Equal("Chilean Foreign Ministry", ministry.Name);
        Assert.Equal(new[] { "Chilean Foreign Ministry", "Foreign Ministry" }, MentionTexts(mentions, ministry.Id));
    }

    [Fact]
    public void A_body_named_without_its_country_joins_neither_of_two_countries_bodies()
    {
        var analyzed = AnalyzedText.Analyze("The Chilean Foreign Ministry met the Bolivian Foreign Ministry. The Foreign Ministry said little.");
        var (entities, _) = Resolver.Resolve(
            analyzed,
            [new EntitySpan(1, 4, EntityKind.Organization), new EntitySpan(6, 9, EntityKind.Organization), new EntitySpan(11, 13, EntityKind.Organization)]);

        Assert.Equal(3, entities.Count);
    }

    [Fact]
    public void A_name_ending_a_longer_name_after_an_ordinary_word_is_not_the_same_body()
    {
        var analyzed = AnalyzedText.Analyze("The Northern Water Board met. The Water Board said little.");
        var (entities, _) = Resolver.Resolve(analyzed, [new EntitySpan(1, 4, EntityKind.Organization), new EntitySpan(7, 9, EntityKind.Organization)]);

        Assert.Equal(2, entities.Count);
    }

    [Fact]
    public void A_lone_given_name_joins_the_only_person_who_has_it()
    {
        var (entities, mentions) = Resolve("Ana Ruiz and Pedro Ortega met in Quito. Officials said Ana would speak first.");

        var ana = Assert.Single(entities, e => e.Name == "Ana Ruiz");
        Assert.Equal(new[] { "Ana Ruiz", "Ana" }, MentionTexts(mentions, ana.Id));
    }

    [Fact]
    public void An_acronym_joins_the_organization_whose_initials_it_spells()
    {
        var (entities, mentions) = Resolve(
            "The Harbour Workers Union called a strike. A spokesman for the HWU said talks had failed.");

        var union = Assert.Single(entities);
        Assert.Equal(EntityKind.Organization, union.Kind);
        Assert.Equal("Harbour Workers Union", union.Name);
        Assert.Equal(new[] { "Harbour Workers Union", "HWU" }, MentionTexts(mentions, union.Id));
    }

    [Fact]
    public void An_acronym_stands_alone_when_no_organization_spells_it()
    {
        var (entities, _) = Resolve("The Harbour Workers Union called a strike. A spokesman for the KRTA said talks had failed.");

        Assert.Equal(new[] { "Harbour Workers Union", "KRTA" }, entities.Select(e => e.Name));
    }

    [Fact]
    public void Gazetteer_forms_share_the_gazetteer_name()
    {
        var (entities, mentions) = Resolve("The AP reported that the Associated Press had filed a request.");

        var ap = Assert.Single(entities);
        Assert.Equal("Associated Press", ap.Name);
        Assert.Equal(new[] { "AP", "Associated Press" }, MentionTexts(mentions, ap.Id));
    }

    [Fact]
    public void A_handle_spelling_the_name_joins_the_person()
    {
        var (entities, mentions) = Resolve("Ana Ruiz addressed the crowd. She later posted on @AnaRuizCL that the bridge was safe.");

        var ana = Assert.Single(entities);
        Assert.Equal("Ana Ruiz", ana.Name);
        Assert.Equal(new[] { "Ana Ruiz", "@AnaRuizCL" }, MentionTexts(mentions, ana.Id));
        Assert.DoesNotContain(ana.ResolutionKeys, k => k.Contains('@'));
    }

    [Fact]
    public void A_handle_that_spells_no_one_stays_unlinked()
    {
        var (_, mentions) = Resolve("Ana Ruiz addressed the crowd. She later posted on @KesselPort that the bridge was safe.");

        Assert.Equal(new[] { "Ana Ruiz" }, mentions.Select(m => m.Text));
    }

    [Fact]
    public void A_lower_cased_surname_is_relinked_to_the_person()
    {
        var (entities, mentions) = Resolve("Ana Ruiz addressed the crowd. Afterwards ruiz told reporters the bridge was safe.");

        var ana = Assert.Single(entities);
        Assert.Equal("Ana Ruiz", ana.Name);
        Assert.Equal(new[] { "Ana Ruiz", "ruiz" }, MentionTexts(mentions, ana.Id));
    }

    [Fact]
    public void A_lower_case_common_word_is_not_relinked_even_when_it_spells_a_surname()
    {
        var (entities, mentions) = Resolve("Elena Still chaired the port meeting. The ferry was still late on Friday.");

        var still = Assert.Single(entities);
        Assert.Equal("Elena Still", still.Name);
        Assert.Equal(new[] { "Elena Still" }, mentions.Select(m => m.Text));
    }

    [Fact]
    public void A_short_lower_case_surname_is_not_relinked()
    {
        var (_, mentions) = Resolve("Ana Paz chaired the meeting. The talks ended in paz and quiet.");

        Assert.Equal(new[] { "Ana Paz" }, mentions.Select(m => m.Text));
    }

    [Fact]
    public void Aliases_count_each_surface_form_and_are_sorted()
    {
        var (entities, _) = Resolve(
            "Ana Ruiz addressed the crowd on Monday. Ana Ruiz spoke again on Tuesday, and Ruiz thanked the workers. Ruiz left.");

        var ana = Assert.Single(entities);
        Assert.Equal(new[] { new AliasCount("Ana Ruiz", 2), new AliasCount("Ruiz", 2) }, ana.Aliases);
    }

    [Fact]
    public void The_canonical_key_comes_first_and_shorter_forms_follow()
    {
        var (entities, _) = Resolve("Ana Ruiz addressed the crowd. Ruiz thanked the workers, and ruiz later left.");

        var ana = Assert.Single(entities);
        Assert.Equal(new[] { "name:ana ruiz", "any:ana ruiz", "name:ruiz" }, ana.ResolutionKeys);
    }

    [Fact]
    public void A_gazetteer_entity_is_keyed_by_its_gazetteer_name()
    {
        var (entities, _) = Resolve("Ferries from the U.S. docked in Lima.");

        var us = Assert.Single(entities, e => e.Kind == EntityKind.Place && e.Name == "United States");
        Assert.Equal(new[] { "place:united states", "any:united states", "place:us" }, us.ResolutionKeys);
    }

    [Fact]
    public void Mention_text_is_the_text_under_its_span()
    {
        const string text = "“Ruiz’s plan works,” said Tomás de la Cruz in MEXICO CITY. President Ana Ruiz agreed, and @AnaRuizCL posted."
            + "\nThe HWU and the Harbour Workers Union backed ruiz.";
        var (_, mentions) = Resolve(text);

        Assert.True(mentions.Count >= 6);
        Assert.All(mentions, m => Assert.Equal(text.Substring(m.Span.Start, m.Span.Length), m.Text));
    }

    [Fact]
    public void Entities_are_numbered_in_order_of_first_mention_and_mentions_sorted_by_offset()
    {
        var (entities, mentions) = Resolve("Ruiz met the HWU in Quito. Later President Ana Ruiz met the Harbour Workers Union there.");

        Assert.Equal(Enumerable.Range(0, entities.Count), entities.Select(e => e.Id));
        Assert.Equal(mentions.OrderBy(m => m.Span.Start).Select(m => m.Span), mentions.Select(m => m.Span));
        var firstSeen = mentions.Select(m => m.EntityId).Distinct().ToArray();
        Assert.Equal(Enumerable.Range(0, entities.Count), firstSeen);
    }

    [Fact]
    public void A_lower_case_surname_is_not_relinked_when_two_people_share_it()
    {
        var (_, mentions) = Resolve("Ana Ruiz met her brother Pedro Ruiz at the terminal. Officials said ruiz would return.");

        Assert.DoesNotContain(mentions, m => m.Text == "ruiz");
    }

    [Fact]
    public void Spellings_that_differ_only_in_accents_are_one_person()
    {
        var (entities, _) = Resolve("Tomás Brandt chaired the panel. Officials said Tomas Brandt would resign.");

        Assert.Single(entities);
    }

    [Fact]
    public void A_byline_in_capitals_joins_the_person_named_in_the_text()
    {
        var (entities, mentions) = Resolve("By ANA RUIZ\nThe ferry left Quito, Ana Ruiz reported.");

        var ana = Assert.Single(entities, e => e.Kind == EntityKind.Person);
        Assert.Equal("Ana Ruiz", ana.Name);
        Assert.Equal(new[] { "ANA RUIZ", "Ana Ruiz" }, MentionTexts(mentions, ana.Id));
    }

    [Fact]
    public void A_handle_is_not_linked_when_it_spells_the_surname_of_two_people()
    {
        var (_, mentions) = Resolve("Ana Ruiz and Pedro Ruiz spoke. Later @RuizFamily posted a photo.");

        Assert.DoesNotContain(mentions, m => m.Text == "@RuizFamily");
    }

    [Fact]
    public void No_names_make_no_entities()
    {
        var (entities, mentions) = Resolve("the ferry left at dawn and returned at noon.");

        Assert.Empty(entities);
        Assert.Empty(mentions);
    }

    // Regression: every lower-case "rose" became a mention of John Rose, and "@Bellingcat" an alias of Maria Bell.
    [Fact]
    public void An_ordinary_word_that_is_also_a_surname_is_not_relinked()
    {
        var (entities, mentions) = Resolve(
            "The tribunal heard John Rose on Monday. Prices rose sharply after the ruling, and rose again in May. " +
            "Maria Bell cited a thread by @Bellingcat about the launch.");

        var rose = Assert.Single(entities, e => e.Name == "John Rose");
        Assert.Equal(new[] { "John Rose" }, MentionTexts(mentions, rose.Id));
        var bell = Assert.Single(entities, e => e.Name == "Maria Bell");
        Assert.Equal(new[] { "Maria Bell" }, MentionTexts(mentions, bell.Id));
    }

    [Theory]
    [InlineData("Ana Ruiz landed in Quito. ruiz told reporters the talks had gone well.", "ruiz")]
    [InlineData("Ana Ruiz landed in Quito. Reporters followed ruiz’s motorcade to the palace.", "ruiz")]
    [InlineData("Ana Ruiz landed in Quito. On the tarmac ruiz said the talks had gone well.", "ruiz")]
    public void A_lower_cased_surname_standing_where_a_name_stands_is_relinked(string text, string form)
    {
        var (entities, mentions) = Resolve(text);

        var ruiz = Assert.Single(entities, e => e.Name == "Ana Ruiz");
        Assert.Contains(form, MentionTexts(mentions, ruiz.Id));
    }

    [Fact]
    public void A_handle_that_is_the_surname_with_a_short_tag_is_relinked()
    {
        var (entities, mentions) = Resolve("Ana Ruiz spoke in Quito. Her office posted the speech as @SecRuiz on Monday.");

        var ruiz = Assert.Single(entities, e => e.Name == "Ana Ruiz");
        Assert.Contains("@SecRuiz", MentionTexts(mentions, ruiz.Id));
    }

    [Fact]
    public void Multi_word_forms_ending_the_full_name_may_be_looked_up_but_a_lone_surname_may_not()
    {
        var (entities, _) = Resolve("Juan Ramón de la Fuente spoke first. Later de la Fuente and Fuente's aides left.");

        var fuente = Assert.Single(entities, e => e.Name == "Juan Ramón de la Fuente");
        Assert.Equal(new[] { "name:juan ramon de la fuente", "name:de la fuente", "any:juan ramon de la fuente" }, fuente.ResolutionKeys.Take(fuente.LookupKeyCount));
    }

    [Fact]
    public void A_handle_of_given_name_and_first_family_name_joins_a_person_with_two_family_names()
    {
        var (entities, mentions) = Resolve("Lucía Ortega Vidal opened the port. Through @LuciaOrtega she thanked the crews.");

        var lucia = Assert.Single(entities);
        Assert.Equal(new[] { "Lucía Ortega Vidal", "@LuciaOrtega" }, MentionTexts(mentions, lucia.Id));
    }

    [Fact]
    public void Given_name_and_first_family_name_may_be_looked_up_but_given_names_alone_may_not()
    {
        var (entities, _) = Resolve("Lucía Ortega Vidal opened the port. Lucía Ortega said it cost little. Ana María Soto Reyes and Ana María spoke.");

        var lucia = Assert.Single(entities, e => e.Name == "Lucía Ortega Vidal");
        Assert.Contains("name:lucia ortega", lucia.ResolutionKeys.Take(lucia.LookupKeyCount));
        var soto = Assert.Single(entities, e => e.Name == "Ana María Soto Reyes");
        Assert.DoesNotContain("name:ana maria", soto.ResolutionKeys.Take(soto.LookupKeyCount));
    }

    [Fact]
    public void Given_name_and_first_family_name_of_a_fuller_name_are_registered_for_later_articles()
    {
        var (entities, _) = Resolve("Lucía Ortega Vidal opened the port.");

        var lucia = Assert.Single(entities);
        Assert.DoesNotContain("name:lucia ortega", lucia.ResolutionKeys.Take(lucia.LookupKeyCount));
        Assert.Contains("name:lucia ortega", lucia.ResolutionKeys.Skip(lucia.LookupKeyCount));
    }

    [Theory]
    [InlineData("Officials say Washington’s patience is thin.")]
    [InlineData("The tanker was seized, Washington said on Monday.")]
    [InlineData("Oslo agreed to share data with Washington.")]
    [InlineData("Sanctions against Washington followed.")]
    [InlineData("Washington accused Oslo of stalling.")]
    public void A_capital_acting_for_its_government_is_a_mention_of_the_country(string text)
    {
        var (entities, mentions) = Resolve("The United States sent envoys. " + text);

        var country = Assert.Single(entities, e => e.Name == "United States");
        Assert.Contains("Washington", MentionTexts(mentions, country.Id));
        Assert.DoesNotContain(entities, e => e.Name == "Washington");
        Assert.DoesNotContain(country.ResolutionKeys, key => key.Contains("washington"));
    }

    [Theory]
    [InlineData("The envoys landed in Washington on Monday.")]
    [InlineData("WASHINGTON (AP) — The envoys landed.")]
    [InlineData("Washington, May 2 — The envoys landed.")]
    [InlineData("Protesters marched through Washington with banners.")]
    [InlineData("The mayor of Washington said the roads were closed.")]
    [InlineData("Washington is cold in January.")]
    [InlineData("Washington’s metro carried record crowds.")]
    [InlineData("Washington has more than 700,000 residents.")]
    [InlineData("Washington will host the marathon.")]
    [InlineData("Flights between Washington and Lima resumed.")]
    [InlineData("A bill signed by Washington state lawmakers passed.")]
    [InlineData("Critics call it a gift to ‘Washington’ and its suburbs.")]
    public void A_capital_used_as_a_place_stays_the_city(string text)
    {
        var (entities, _) = Resolve(text);

        var city = Assert.Single(entities, e => e.Name == "Washington");
        Assert.Equal(EntityKind.Place, city.Kind);
        Assert.DoesNotContain(entities, e => e.Name == "United States");
    }

    [Fact]
    public void A_bare_apostrophe_after_a_capital_ending_in_s_is_a_possessive()
    {
        var (entities, mentions) = Resolve("Athens’ position hardened overnight.");

        var country = Assert.Single(entities);
        Assert.Equal("Greece", country.Name);
        Assert.Equal(new[] { "Athens" }, MentionTexts(mentions, country.Id));
    }

    [Fact]
    public void A_capital_the_tagger_calls_a_person_is_never_read_as_a_government()
    {
        var analyzed = AnalyzedText.Analyze("Paris said the show would go on.");
        var (entities, _) = Resolver.Resolve(analyzed, [new EntitySpan(0, 1, EntityKind.Person)]);

        Assert.DoesNotContain(entities, e => e.Name == "France");
    }

    [Fact]
    public void A_capital_acting_for_its_government_founds_the_country_when_the_country_is_not_named()
    {
        var (entities, mentions) = Resolve("Talks stalled after Caracas rejected the offer.");

        var country = Assert.Single(entities);
        Assert.Equal(("Venezuela", EntityKind.Place), (country.Name, country.Kind));
        Assert.Equal(new[] { "Caracas" }, MentionTexts(mentions, country.Id));
        Assert.Equal(new[] { new AliasCount("Caracas", 1) }, country.Aliases);
    }

    // Regression: "México" and "Mexico" became two local entities that only cross-document resolution merged.
    [Fact]
    public void A_place_written_with_and_without_accents_is_one_entity()
    {
        var (entities, mentions) = Resolve("Trade with México grew. Exports from Mexico to Peru fell, and Bogota traders noticed, as did Bogotá banks.");

        var mexico = Assert.Single(entities, e => e.Name == "Mexico");
        Assert.Equal(new[] { "México", "Mexico" }, MentionTexts(mentions, mexico.Id));
        var bogota = Assert.Single(entities, e => e.Name == "Bogotá");
        Assert.Equal(new[] { "Bogota", "Bogotá" }, MentionTexts(mentions, bogota.Id));
    }

    // Regression: the gazetteer was asked with the raw text, so a no-break or double space made a second place.
    [Theory]
    [InlineData("Mexico City was calm. Later, crowds filled Mexico\u00A0City again.")]
    [InlineData("Mexico City was calm. Later, crowds filled Mexico  City again.")]
    public void Spacing_inside_a_known_name_does_not_make_a_second_entity(string text)
    {
        var (entities, mentions) = Resolve(System.Text.RegularExpressions.Regex.Unescape(text));

        var city = Assert.Single(entities);
        Assert.Equal("Mexico City", city.Name);
        Assert.Equal(2, mentions.Count(m => m.EntityId == city.Id));
    }
}
