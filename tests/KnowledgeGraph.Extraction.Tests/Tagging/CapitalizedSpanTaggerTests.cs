using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Tagging;

namespace KnowledgeGraph.Extraction.Tests.Tagging;

public class CapitalizedSpanTaggerTests
{
    private static readonly CapitalizedSpanTagger Tagger = new(Gazetteer.Default);

    private static (string Name, EntityKind Kind)[] Names(string text)
    {
        var analyzed = AnalyzedText.Analyze(text);
        return Tagger.Tag(analyzed).Select(s => (analyzed.SpanText(s.FirstToken, s.EndToken), s.Kind)).ToArray();
    }

    private static string[] Texts(string text) => Names(text).Select(n => n.Name).ToArray();

    [Fact]
    public void A_title_and_its_nationality_are_stripped_from_a_persons_name() =>
        Assert.Equal(
            new[] { ("Pieter van der Berg", EntityKind.Person) },
            Names("Dutch Infrastructure Minister Pieter van der Berg said the canal would reopen."));

    [Fact]
    public void A_place_before_a_title_is_kept_as_a_place_and_the_name_after_it_is_a_person() =>
        Assert.Equal(
            new[] { ("U.S.", EntityKind.Place), ("Jane Doe", EntityKind.Person), ("Lima", EntityKind.Place) },
            Names("On Tuesday, U.S. Secretary of State Jane Doe arrived in Lima."));

    [Fact]
    public void A_place_before_a_title_is_kept_at_the_start_of_a_sentence() =>
        Assert.Equal(
            new[] { ("U.S.", EntityKind.Place), ("Jane Doe", EntityKind.Person), ("Lima", EntityKind.Place) },
            Names("U.S. Secretary of State Jane Doe arrived in Lima on Tuesday."));

    [Fact]
    public void A_title_names_nobody_on_its_own() =>
        Assert.Empty(Names("The minister said the Secretary of State would not attend."));

    [Theory]
    [InlineData("Instead, the ferry operators waited for news from the port.")]
    [InlineData("However the ferry operators waited.")]
    [InlineData("Yesterday the port was closed.")]
    public void A_sentence_initial_common_word_is_not_a_name(string text) => Assert.Empty(Names(text));

    [Fact]
    public void A_sentence_initial_common_word_is_dropped_from_the_front_of_a_name() =>
        Assert.Equal(new[] { ("Ana Ruiz", EntityKind.Person) }, Names("Yesterday Ana Ruiz said the ferry would run."));

    [Fact]
    public void A_lone_capitalised_sentence_opener_is_not_a_name() =>
        Assert.Empty(Names("Brandt declined to comment. Officials said the captain had left the port."));

    [Fact]
    public void A_lone_sentence_opener_counts_when_the_document_capitalises_it_mid_sentence() =>
        Assert.Equal(new[] { "Brandt", "Brandt" }, Texts("Brandt declined to comment. Officials said Brandt had left the port."));

    [Theory]
    [InlineData("Dockers from the Harbour Workers Union walked out.", "Harbour Workers Union")]
    [InlineData("Officials from the Ministry of Water arrived.", "Ministry of Water")]
    [InlineData("A report by the Kessel Port Authority was leaked.", "Kessel Port Authority")]
    public void A_name_with_an_organization_head_word_is_an_organization(string text, string name) =>
        Assert.Equal(new[] { (name, EntityKind.Organization) }, Names(text));

    [Fact]
    public void A_name_with_an_event_head_word_is_an_event() =>
        Assert.Equal(new[] { ("Cold War", EntityKind.Event) }, Names("Historians compared the standoff to the Cold War in a lecture."));

    [Theory]
    [InlineData("Protesters gathered outside the National Palace at dawn.", "National Palace")]
    [InlineData("The ferry crossed Kessel Bay before noon.", "Kessel Bay")]
    public void A_name_with_a_place_head_word_is_a_place(string text, string name) =>
        Assert.Equal(new[] { (name, EntityKind.Place) }, Names(text));

    [Fact]
    public void An_unknown_acronym_is_an_organization() =>
        Assert.Equal(new[] { ("KRTA", EntityKind.Organization) }, Names("The deal was signed by the KRTA and two regional carriers."));

    [Fact]
    public void A_known_acronym_takes_its_gazetteer_kind() =>
        Assert.Equal(new[] { ("AP", EntityKind.Organization) }, Names("The figures were first reported by the AP on Monday."));

    [Theory]
    [InlineData("The Mexican delegation left early.")]
    [InlineData("Officials said Mexicans and Peruvians crossed.")]
    public void A_demonym_alone_is_not_an_entity(string text) => Assert.Empty(Names(text));

    [Fact]
    public void A_hyphenated_pair_of_places_is_not_an_entity() =>
        Assert.Empty(Names("The U.S.-Mexico border crossing reopened at noon."));

    [Fact]
    public void A_title_case_headline_yields_nothing_the_prose_or_gazetteer_does_not_confirm() =>
        Assert.Empty(Names("Harbour Strike Deepens as Minister Pieter Olsen Meets Union Leaders\nDock workers walked out on Tuesday."));

    [Fact]
    public void A_headline_keeps_gazetteer_names() =>
        Assert.Equal(
            new[] { ("Mexico City", EntityKind.Place) },
            Names("Ferry Talks Collapse in Mexico City After Storm\nNegotiators left the table on Monday."));

    [Fact]
    public void A_headline_keeps_names_the_prose_gives()
    {
        const string text = "Harbour Strike Deepens as Minister Pieter Olsen Meets Union Leaders\nMinister Pieter Olsen met the union on Tuesday.";
        var analyzed = AnalyzedText.Analyze(text);
        var spans = Tagger.Tag(analyzed);

        Assert.Equal(new[] { "Pieter Olsen", "Pieter Olsen" }, spans.Select(s => analyzed.SpanText(s.FirstToken, s.EndToken)));
        Assert.Equal(new[] { 0, 1 }, spans.Select(s => analyzed.SentenceOfToken[s.FirstToken]));
    }

    [Fact]
    public void A_headline_keeps_a_surname_confirmed_by_the_full_name_in_prose() =>
        Assert.Equal(
            new[] { ("Olsen", EntityKind.Person), ("Pieter Olsen", EntityKind.Person) },
            Names("Olsen Defends Harbour Plan Before Angry Dock Crowd\nMinister Pieter Olsen spoke on Tuesday."));

    [Theory]
    [InlineData("The transfer was approved, said de la Cruz, a port official.", "de la Cruz")]
    [InlineData("The transfer was approved by Tomás de la Cruz on Friday.", "Tomás de la Cruz")]
    [InlineData("Minister Pieter van der Berg resigned.", "Pieter van der Berg")]
    public void Lower_case_name_particles_belong_to_the_name(string text, string name) =>
        Assert.Equal(new[] { (name, EntityKind.Person) }, Names(text));

    [Fact]
    public void A_capitalised_particle_opening_a_sentence_belongs_to_the_name() =>
        Assert.Equal(new[] { ("De la Cruz", EntityKind.Person) }, Names("De la Cruz said little about the budget."));

    [Fact]
    public void A_government_of_a_titled_person_is_not_an_organization_named_after_the_title()
    {
        var names = Texts("Protesters marched against the Government of President Ana Ruiz on Friday.");

        Assert.DoesNotContain("Government of President", names);
        Assert.DoesNotContain("Government of", names);
    }

    [Fact]
    public void A_titled_person_after_a_government_is_a_person() =>
        Assert.Equal(
            new[] { ("Ana Ruiz", EntityKind.Person) },
            Names("Protesters marched against the Government of President Ana Ruiz on Friday.").Where(n => n.Kind == EntityKind.Person));

    [Fact]
    public void A_dateline_yields_its_place_and_agency_but_not_the_word_after_the_dash() =>
        Assert.Equal(
            new[] { ("MEXICO CITY", EntityKind.Place), ("AP", EntityKind.Organization), ("AP", EntityKind.Organization) },
            Names("MEXICO CITY (AP) — Ferry workers struck on Monday, the AP reported."));

    [Fact]
    public void A_sentence_initial_word_joined_to_a_name_by_of_is_not_part_of_it() =>
        Assert.Equal(new[] { ("Mexico City", EntityKind.Place) }, Names("Residents of Mexico City said the ferry was late."));

    [Fact]
    public void A_speech_verb_marks_a_lone_surname_as_a_person() =>
        Assert.Equal(new[] { ("Okonkwo", EntityKind.Person) }, Names("The port will reopen, Okonkwo said on Friday."));

    [Fact]
    public void Handles_are_not_tagged() => Assert.Empty(Names("The statement was posted by @AnaRuizCL on Friday."));

    [Fact]
    public void Spans_are_sorted_do_not_overlap_and_stay_inside_one_sentence()
    {
        const string text = "Kessel Harbour Reopens\nU.S. Secretary of State Jane Doe met Minister Pieter van der Berg in Mexico City. "
            + "The Harbour Workers Union, the AP said, backed Doe. Berg thanked the KRTA.";
        var analyzed = AnalyzedText.Analyze(text);
        var spans = Tagger.Tag(analyzed);

        Assert.NotEmpty(spans);
        Assert.All(spans.Zip(spans.Skip(1)), pair => Assert.True(pair.First.EndToken <= pair.Second.FirstToken));
        Assert.All(spans, s => Assert.Equal(analyzed.SentenceOfToken[s.FirstToken], analyzed.SentenceOfToken[s.EndToken - 1]));
    }

    // Regression: a known name alone at the start of a sentence was dropped with the words capitalised only by position.
    [Theory]
    [InlineData("Ecuador announced new tariffs on Monday.", "Ecuador", EntityKind.Place)]
    [InlineData("“Ecuador will not pay,” the minister said.", "Ecuador", EntityKind.Place)]
    [InlineData("NATO said the drills would go ahead.", "NATO", EntityKind.Organization)]
    public void A_known_name_opening_a_sentence_is_kept(string text, string name, EntityKind kind) =>
        Assert.Contains((name, kind), Names(text));
}
