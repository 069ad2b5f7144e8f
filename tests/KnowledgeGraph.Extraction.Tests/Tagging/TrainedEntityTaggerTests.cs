using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Ner;
using KnowledgeGraph.Extraction.Tagging;
using KnowledgeGraph.Extraction.Tests.Ner;

namespace KnowledgeGraph.Extraction.Tests.Tagging;

public class TrainedEntityTaggerTests
{
    private static readonly NerLexicons Lexicons = TinyNerCorpus.Lexicons;

    /// <summary>Tags one word each: enough to check the mapping from CoNLL types to kinds and the token arithmetic.</summary>
    private static readonly NerModel WordModel = HandMadeModel.With(
        Lexicons,
        NerFeatureOptions.All,
        (HandMadeModel.Word("Alba"), "U-PER", 2),
        (HandMadeModel.Word("Lisbon"), "U-LOC", 2),
        (HandMadeModel.Word("Acme"), "B-ORG", 2),
        (HandMadeModel.Word("Works"), "L-ORG", 2),
        (HandMadeModel.Word("Olympics"), "U-MISC", 2),
        (HandMadeModel.Word("Mexican"), "U-MISC", 2),
        (HandMadeModel.Word("Americans"), "U-MISC", 2),
        (HandMadeModel.Word("Danish"), "B-MISC", 2),
        (HandMadeModel.Word("Open"), "L-MISC", 2));

    private static (string Text, EntityKind Kind)[] Names(IEntityTagger tagger, string text)
    {
        var analyzed = AnalyzedText.Analyze(text);
        return tagger.Tag(analyzed).Select(s => (analyzed.SpanText(s.FirstToken, s.EndToken), s.Kind)).ToArray();
    }

    private static Gazetteer GazetteerWithDemonyms(params (string Demonym, string Country)[] demonyms) =>
        new([], demonyms, [], [], [], [], [], [], [], []);

    [Fact]
    public void CoNLL_types_become_kinds_with_the_tokens_of_the_whole_text()
    {
        var tagger = new TrainedEntityTagger(new NerTagger(WordModel, Lexicons), Gazetteer.Default);
        var text = AnalyzedText.Analyze("Alba flew from Lisbon to Acme Works. The team won the Olympics and the Danish Open.");

        // Sentence 1: Alba 0, flew 1, from 2, Lisbon 3, to 4, Acme 5, Works 6, "." 7.
        // Sentence 2 starts at token 8: The 8 … Olympics 12, and 13, the 14, Danish 15, Open 16, "." 17.
        Assert.Equal(
            new[]
            {
                new EntitySpan(0, 1, EntityKind.Person),
                new EntitySpan(3, 4, EntityKind.Place),
                new EntitySpan(5, 7, EntityKind.Organization),
                new EntitySpan(12, 13, EntityKind.Other),
                new EntitySpan(15, 17, EntityKind.Other),
            },
            tagger.Tag(text));
    }

    [Fact]
    public void A_one_word_MISC_name_that_is_a_nationality_is_dropped()
    {
        var tagger = new TrainedEntityTagger(new NerTagger(WordModel, Lexicons), Gazetteer.Default);

        // "Mexican" alone is an adjective of nationality; "Danish Open" starts with one but is a name.
        Assert.Equal(
            new[] { ("Olympics", EntityKind.Other), ("Danish Open", EntityKind.Other) },
            Names(tagger, "The Mexican team won the Olympics and the Danish Open."));
    }

    [Fact]
    public void A_plural_nationality_is_dropped_too()
    {
        var tagger = new TrainedEntityTagger(new NerTagger(WordModel, Lexicons), Gazetteer.Default);

        Assert.Equal(new[] { ("Olympics", EntityKind.Other) }, Names(tagger, "Americans watched the Olympics."));
    }

    [Fact]
    public void Whether_a_word_is_a_nationality_is_the_gazetteers_call()
    {
        var ner = new NerTagger(WordModel, Lexicons);
        const string Text = "The Mexican team won the Olympics.";

        Assert.Equal(
            new[] { ("Mexican", EntityKind.Other), ("Olympics", EntityKind.Other) },
            Names(new TrainedEntityTagger(ner, GazetteerWithDemonyms()), Text));
        Assert.Equal(
            new[] { ("Mexican", EntityKind.Other) },
            Names(new TrainedEntityTagger(ner, GazetteerWithDemonyms(("Olympics", "-"))), Text));
    }

    [Fact]
    public void Only_MISC_names_are_checked_for_nationality()
    {
        // A model that calls "Mexican" a person keeps it: the filter is for CoNLL's MISC adjectives only.
        var model = HandMadeModel.With(Lexicons, NerFeatureOptions.All, (HandMadeModel.Word("Mexican"), "U-PER", 2));
        var tagger = new TrainedEntityTagger(new NerTagger(model, Lexicons), Gazetteer.Default);

        Assert.Equal(new[] { ("Mexican", EntityKind.Person) }, Names(tagger, "The Mexican team won."));
    }

    [Theory]
    [InlineData("Ana’s dog barked.")]
    [InlineData("Ana's dog barked.")]
    [InlineData("Ana‘s dog barked.")]
    public void A_curly_apostrophe_is_read_as_the_straight_one_the_model_was_trained_on(string text)
    {
        // The only weight: "the next word is 's" → a one-word person. Trained on CoNLL's ASCII spelling, it must also
        // fire for the curly apostrophes news sites print.
        var beforePossessive = HandMadeModel.Feature(FeatureTemplate.LowerAt, FeatureHash.Combine(2, FeatureHash.OfNormalized("'s")));
        var model = HandMadeModel.With(Lexicons, NerFeatureOptions.All, (beforePossessive, "U-PER", 2));
        var tagger = new TrainedEntityTagger(new NerTagger(model, Lexicons), Gazetteer.Default);

        Assert.Equal(new[] { ("Ana", EntityKind.Person) }, Names(tagger, text));
    }

    [Fact]
    public void Curly_double_quotes_are_read_as_straight_ones()
    {
        // A word with a straight double quote on each side is a title (MISC); one quote alone is not enough against
        // the O bias.
        var model = HandMadeModel.With(
            Lexicons,
            NerFeatureOptions.All,
            (HandMadeModel.Feature(FeatureTemplate.LowerAt, FeatureHash.Combine(1, FeatureHash.OfNormalized("\""))), "U-MISC", 1),
            (HandMadeModel.Feature(FeatureTemplate.LowerAt, FeatureHash.Combine(2, FeatureHash.OfNormalized("\""))), "U-MISC", 1),
            (HandMadeModel.Feature(FeatureTemplate.Bias, 0), "O", 1.5f));
        var tagger = new TrainedEntityTagger(new NerTagger(model, Lexicons), Gazetteer.Default);

        Assert.Equal(new[] { ("Nobody", EntityKind.Other) }, Names(tagger, "He sang “Nobody” twice."));
        Assert.Equal(new[] { ("Nobody", EntityKind.Other) }, Names(tagger, "He sang \"Nobody\" twice."));
    }

    private static TrainedEntityTagger FuenteTagger(string tag = "U-PER") =>
        new(new NerTagger(HandMadeModel.With(Lexicons, NerFeatureOptions.All, (HandMadeModel.Word("Fuente"), tag, 2), (HandMadeModel.Word("Alba"), "U-PER", 2)), Lexicons), Gazetteer.Default);

    [Fact]
    public void Lower_case_particles_before_a_persons_name_are_taken_into_it() =>
        Assert.Equal(new[] { ("de la Fuente", EntityKind.Person) }, Names(FuenteTagger(), "Later de la Fuente declined."));

    [Fact]
    public void Particles_are_not_taken_into_other_kinds_of_name() =>
        Assert.Equal(new[] { ("Fuente", EntityKind.Place) }, Names(FuenteTagger("U-LOC"), "They drove to la Fuente."));

    [Fact]
    public void Only_particles_join_two_names_of_people()
    {
        // Particles between two names make one name of them; without particles the model's split stands.
        Assert.Equal(new[] { ("Alba de Fuente", EntityKind.Person) }, Names(FuenteTagger(), "Alba de Fuente spoke."));
        Assert.Equal(new[] { ("Alba", EntityKind.Person), ("Fuente", EntityKind.Person) }, Names(FuenteTagger(), "Alba Fuente spoke."));
    }

    [Fact]
    public void A_particle_that_is_a_name_of_its_own_is_not_taken_into_the_next_one_too()
    {
        // Contrived on purpose: only a tagged particle can test that spans never overlap, as IEntityTagger promises.
        var model = HandMadeModel.With(Lexicons, NerFeatureOptions.All, (HandMadeModel.Word("la"), "U-LOC", 2), (HandMadeModel.Word("Fuente"), "U-PER", 2));
        var tagger = new TrainedEntityTagger(new NerTagger(model, Lexicons), Gazetteer.Default);

        Assert.Equal(new[] { ("la", EntityKind.Place), ("Fuente", EntityKind.Person) }, Names(tagger, "They met la Fuente."));
    }

    [Fact]
    public void At_most_three_particles_are_taken() =>
        Assert.Equal(new[] { ("la de la Fuente", EntityKind.Person) }, Names(FuenteTagger(), "Then de la de la Fuente spoke."));

    [Fact]
    public void A_capitalised_particle_opening_the_sentence_is_taken_with_the_rest() =>
        Assert.Equal(new[] { ("De la Fuente", EntityKind.Person) }, Names(FuenteTagger(), "De la Fuente declined."));

    [Fact]
    public void A_surname_after_particles_that_the_model_left_out_joins_the_persons_name()
    {
        var model = HandMadeModel.With(Lexicons, NerFeatureOptions.All, (HandMadeModel.Word("Ramón"), "U-PER", 2));
        var tagger = new TrainedEntityTagger(new NerTagger(model, Lexicons), Gazetteer.Default);

        Assert.Equal(new[] { ("Ramón de la Fuente", EntityKind.Person) }, Names(tagger, "Then Ramón de la Fuente spoke."));
        Assert.Equal(new[] { ("Ramón", EntityKind.Person) }, Names(tagger, "Then Ramón de la casa spoke."));
    }

    [Fact]
    public void A_surname_after_particles_read_as_another_kind_of_name_joins_the_persons_name()
    {
        var model = HandMadeModel.With(
            Lexicons, NerFeatureOptions.All, (HandMadeModel.Word("Ramón"), "U-PER", 2), (HandMadeModel.Word("Fuente"), "U-ORG", 2));
        var tagger = new TrainedEntityTagger(new NerTagger(model, Lexicons), Gazetteer.Default);

        Assert.Equal(new[] { ("Ramón de la Fuente", EntityKind.Person) }, Names(tagger, "Then Ramón de la Fuente spoke."));
        Assert.Equal(new[] { ("Ramón", EntityKind.Person), ("Fuente", EntityKind.Organization) }, Names(tagger, "Then Ramón met Fuente."));
    }

    [Fact]
    public void Particles_never_join_names_across_a_sentence_end()
    {
        var model = HandMadeModel.With(
            Lexicons, NerFeatureOptions.All, (HandMadeModel.Word("Ramón"), "U-PER", 2), (HandMadeModel.Word("Fuente"), "U-PER", 2));
        var tagger = new TrainedEntityTagger(new NerTagger(model, Lexicons), Gazetteer.Default);

        Assert.Equal(
            new[] { ("Ramón", EntityKind.Person), ("de la Fuente", EntityKind.Person) },
            Names(tagger, "Then came Ramón\nde la Fuente spoke."));
    }

    [Fact]
    public void A_title_case_headline_keeps_only_the_names_the_prose_confirms()
    {
        var model = HandMadeModel.With(
            Lexicons, NerFeatureOptions.All, (HandMadeModel.Word("Quillon"), "U-PER", 2), (HandMadeModel.Word("Varnholm"), "U-LOC", 2));
        var tagger = new TrainedEntityTagger(new NerTagger(model, Lexicons), Gazetteer.Default);

        Assert.Equal(
            new[] { ("Quillon", EntityKind.Person), ("Quillon", EntityKind.Person) },
            Names(tagger, "Quillon Visits Varnholm Harbour Today\nQuillon spoke on Friday."));
        Assert.Equal(
            new[] { ("Quillon", EntityKind.Person), ("Varnholm", EntityKind.Place) },
            Names(tagger, "Quillon visits the harbour.\nVarnholm was quiet."));
    }

    [Fact]
    public void An_organization_that_ends_in_of_and_a_title_is_dropped_but_one_with_the_article_stays()
    {
        var model = HandMadeModel.With(
            Lexicons,
            NerFeatureOptions.All,
            (HandMadeModel.Word("Government"), "B-ORG", 2),
            (HandMadeModel.Word("Office"), "B-ORG", 2),
            (HandMadeModel.Word("of"), "I-ORG", 1),
            (HandMadeModel.Word("the"), "I-ORG", 1),
            (HandMadeModel.Word("President"), "L-ORG", 2),
            (HandMadeModel.Word("Quillon"), "U-PER", 2));
        var tagger = new TrainedEntityTagger(new NerTagger(model, Lexicons), Gazetteer.Default);

        Assert.Equal(new[] { ("Quillon", EntityKind.Person) }, Names(tagger, "They thanked the Government of President Quillon."));
        Assert.Contains(("Office of the President", EntityKind.Organization), Names(tagger, "They wrote to the Office of the President."));
    }

    [Fact]
    public void Every_occurrence_of_a_name_in_a_document_gets_the_kind_most_occurrences_got()
    {
        var afterMister = HandMadeModel.Feature(FeatureTemplate.LowerAt, FeatureHash.Combine(1, FeatureHash.OfNormalized("Mr.")));
        var model = HandMadeModel.With(
            Lexicons,
            NerFeatureOptions.All,
            (HandMadeModel.Word("Vestfjord"), "B-ORG", 2),
            (HandMadeModel.Word("Launch"), "L-ORG", 2),
            (afterMister, "B-PER", 5));
        var tagger = new TrainedEntityTagger(new NerTagger(model, Lexicons), Gazetteer.Default);

        Assert.Equal(
            new[] { ("Vestfjord Launch", EntityKind.Person) },
            Names(tagger, "They met Mr. Vestfjord Launch."));
        Assert.Equal(
            Enumerable.Repeat(("Vestfjord Launch", EntityKind.Organization), 3),
            Names(tagger, "Vestfjord Launch hired staff. They met Mr. Vestfjord Launch. Vestfjord Launch grew."));
    }

    [Fact]
    public void A_name_ends_before_an_ordinary_lower_case_word_the_model_took_in()
    {
        var model = HandMadeModel.With(
            Lexicons,
            NerFeatureOptions.All,
            (HandMadeModel.Word("Varnholm"), "B-ORG", 2),
            (HandMadeModel.Word("Freight"), "I-ORG", 2),
            (HandMadeModel.Word("at"), "I-ORG", 2),
            (HandMadeModel.Word("noon"), "L-ORG", 2),
            (HandMadeModel.Word("of"), "I-ORG", 1),
            (HandMadeModel.Word("Quillon"), "L-ORG", 2));
        var tagger = new TrainedEntityTagger(new NerTagger(model, Lexicons), Gazetteer.Default);

        Assert.Equal(new[] { ("Varnholm Freight", EntityKind.Organization) }, Names(tagger, "Ships left Varnholm Freight at noon."));
        Assert.Equal(new[] { ("Varnholm Freight of Quillon", EntityKind.Organization) }, Names(tagger, "Ships left Varnholm Freight of Quillon."));
    }

    [Theory]
    [InlineData("”")]
    [InlineData("\"")]
    [InlineData("«")]
    public void A_name_ends_before_a_quotation_mark_the_model_took_in(string quote)
    {
        var model = HandMadeModel.With(
            Lexicons,
            NerFeatureOptions.All,
            (HandMadeModel.Word("Quillon"), "B-PER", 2),
            (HandMadeModel.Word(quote), "I-PER", 2),
            (HandMadeModel.Word("Pell"), "L-PER", 2));
        var tagger = new TrainedEntityTagger(new NerTagger(model, Lexicons), Gazetteer.Default);

        Assert.Equal(new[] { ("Quillon", EntityKind.Person) }, Names(tagger, $"The deal holds, said Quillon {quote} Pell nodded."));
    }

    [Fact]
    public void A_name_never_ends_in_the_dash_the_model_took_in()
    {
        var model = HandMadeModel.With(
            Lexicons,
            NerFeatureOptions.All,
            (HandMadeModel.Word("Cold"), "B-MISC", 2),
            (HandMadeModel.Word("War"), "I-MISC", 2),
            (HandMadeModel.Word("-"), "L-MISC", 2));
        var tagger = new TrainedEntityTagger(new NerTagger(model, Lexicons), Gazetteer.Default);

        Assert.Equal(new[] { ("Cold War", EntityKind.Other) }, Names(tagger, "Since the Cold War — and after it, little changed."));
    }

    [Fact]
    public void Two_halves_of_a_name_split_by_particles_become_one_name()
    {
        var model = HandMadeModel.With(
            Lexicons, NerFeatureOptions.All, (HandMadeModel.Word("Ramón"), "U-PER", 2), (HandMadeModel.Word("Fuente"), "U-PER", 2));
        var tagger = new TrainedEntityTagger(new NerTagger(model, Lexicons), Gazetteer.Default);

        Assert.Equal(new[] { ("Ramón de la Fuente", EntityKind.Person) }, Names(tagger, "Then Ramón de la Fuente spoke."));
    }

    [Fact]
    public void A_surname_after_particles_that_follow_a_place_ends_the_place()
    {
        var model = HandMadeModel.With(
            Lexicons,
            NerFeatureOptions.All,
            (HandMadeModel.Word("Villa"), "B-LOC", 2),
            (HandMadeModel.Word("Quillon"), "L-LOC", 2),
            (HandMadeModel.Word("Pell"), "U-PER", 2));
        var tagger = new TrainedEntityTagger(new NerTagger(model, Lexicons), Gazetteer.Default);

        Assert.Equal(new[] { ("Villa Quillon de Pell", EntityKind.Place) }, Names(tagger, "Buses left Villa Quillon de Pell at dawn."));
    }

    [Fact]
    public void A_person_the_model_starts_with_particles_right_after_a_place_ends_the_place()
    {
        var model = HandMadeModel.With(
            Lexicons,
            NerFeatureOptions.All,
            (HandMadeModel.Word("Villa"), "B-LOC", 2),
            (HandMadeModel.Word("Quillon"), "L-LOC", 2),
            (HandMadeModel.Word("de"), "B-PER", 2),
            (HandMadeModel.Word("Pell"), "L-PER", 2));
        var tagger = new TrainedEntityTagger(new NerTagger(model, Lexicons), Gazetteer.Default);

        Assert.Equal(new[] { ("Villa Quillon de Pell", EntityKind.Place) }, Names(tagger, "Buses left Villa Quillon de Pell at dawn."));
    }

    [Theory]
    [InlineData("Posted March 6, 2025 by the newsroom", new string[0])]
    [InlineData("Updated Sept. 12, 2025", new string[0])]
    [InlineData("We met Quillon Pell March 6, 2025 at noon.", new[] { "Quillon Pell" })]
    [InlineData("Then Quillon Pell March spoke.", new[] { "Quillon Pell March" })]
    [InlineData("LONDON March 6 (Reuters) - Talks resumed.", new[] { "LONDON" })]
    public void A_name_ends_before_a_month_followed_by_a_day(string text, string[] expected)
    {
        var model = HandMadeModel.With(
            Lexicons,
            NerFeatureOptions.All,
            (HandMadeModel.Word("Posted"), "B-ORG", 2),
            (HandMadeModel.Word("LONDON"), "B-ORG", 2),
            (HandMadeModel.Word("Updated"), "B-ORG", 2),
            (HandMadeModel.Word("Quillon"), "B-ORG", 2),
            (HandMadeModel.Word("Pell"), "I-ORG", 2),
            (HandMadeModel.Word("March"), "L-ORG", 3),
            (HandMadeModel.Word("Sept."), "L-ORG", 3));
        var tagger = new TrainedEntityTagger(new NerTagger(model, Lexicons), Gazetteer.Default);

        Assert.Equal(expected, Names(tagger, text).Select(name => name.Text));
    }

    [Fact]
    public void An_organization_the_gazetteer_knows_as_a_place_is_a_place()
    {
        var model = HandMadeModel.With(Lexicons, NerFeatureOptions.All, (HandMadeModel.Word("Hamburg"), "U-ORG", 2), (HandMadeModel.Word("Quillon"), "U-ORG", 2));
        var tagger = new TrainedEntityTagger(new NerTagger(model, Lexicons), Gazetteer.Default);

        Assert.Equal(new[] { ("Hamburg", EntityKind.Place), ("Quillon", EntityKind.Organization) }, Names(tagger, "Ships left Hamburg for Quillon."));
    }

    [Fact]
    public void An_organization_or_other_name_headed_by_a_place_word_is_a_place()
    {
        var model = HandMadeModel.With(
            Lexicons,
            NerFeatureOptions.All,
            (HandMadeModel.Word("Quillon"), "B-ORG", 2),
            (HandMadeModel.Word("Palace"), "L-ORG", 2),
            (HandMadeModel.Word("Varnholm"), "B-MISC", 2),
            (HandMadeModel.Word("Square"), "L-MISC", 2),
            (HandMadeModel.Word("Pell"), "U-ORG", 2),
            (HandMadeModel.Word("Bridge"), "U-ORG", 2));
        var tagger = new TrainedEntityTagger(new NerTagger(model, Lexicons), Gazetteer.Default);

        Assert.Equal(
            new[] { ("Quillon Palace", EntityKind.Place), ("Varnholm Square", EntityKind.Place), ("Pell", EntityKind.Organization), ("Bridge", EntityKind.Organization) },
            Names(tagger, "Crowds left Quillon Palace for Varnholm Square while Pell and Bridge watched."));
    }

    [Theory]
    [InlineData("The Secretary of the Interior, Ana Pell, spoke.")]
    [InlineData("The Minister of Interior spoke.")]
    public void The_portfolio_named_by_a_title_is_not_an_organization(string text)
    {
        var model = HandMadeModel.With(
            Lexicons, NerFeatureOptions.All, (HandMadeModel.Word("Interior"), "U-ORG", 2), (HandMadeModel.Word("Pell"), "L-PER", 2), (HandMadeModel.Word("Ana"), "B-PER", 2));
        var tagger = new TrainedEntityTagger(new NerTagger(model, Lexicons), Gazetteer.Default);

        Assert.DoesNotContain(Names(tagger, text), name => name.Text == "Interior");
    }

    [Fact]
    public void A_place_after_a_title_and_of_stays_and_so_does_a_portfolio_without_a_title()
    {
        var model = HandMadeModel.With(
            Lexicons, NerFeatureOptions.All, (HandMadeModel.Word("Interior"), "U-ORG", 2), (HandMadeModel.Word("France"), "U-LOC", 2));
        var tagger = new TrainedEntityTagger(new NerTagger(model, Lexicons), Gazetteer.Default);

        Assert.Equal(new[] { ("France", EntityKind.Place) }, Names(tagger, "The President of France spoke."));
        Assert.Equal(new[] { ("Interior", EntityKind.Organization) }, Names(tagger, "A spokesman for the Interior declined to comment."));
    }

    [Theory]
    [InlineData("Quillon-based", "U-ORG")]
    [InlineData("Varnholm-born", "U-MISC")]
    [InlineData("U.S.-purchased", "U-LOC")]
    public void A_name_glued_to_a_lower_case_word_is_an_adjective_not_a_name(string word, string tag)
    {
        var model = HandMadeModel.With(Lexicons, NerFeatureOptions.All, (HandMadeModel.Word(word), tag, 2));
        var tagger = new TrainedEntityTagger(new NerTagger(model, Lexicons), Gazetteer.Default);

        Assert.Empty(Names(tagger, $"The {word} firm grew."));
    }

    [Fact]
    public void Names_with_a_lower_case_syllable_after_a_hyphen_stay()
    {
        var model = HandMadeModel.With(
            Lexicons,
            NerFeatureOptions.All,
            (HandMadeModel.Word("Kim"), "B-PER", 2),
            (HandMadeModel.Word("Jong-un"), "L-PER", 2),
            (HandMadeModel.Word("Lai"), "B-PER", 2),
            (HandMadeModel.Word("Ching-te"), "L-PER", 2),
            (HandMadeModel.Word("Port-au-Prince"), "U-LOC", 2));
        var tagger = new TrainedEntityTagger(new NerTagger(model, Lexicons), Gazetteer.Default);

        Assert.Equal(
            new[] { "Kim Jong-un", "Lai Ching-te", "Port-au-Prince" },
            Names(tagger, "Kim Jong-un wrote to Lai Ching-te from Port-au-Prince.").Select(name => name.Text));
    }

    [Theory]
    [InlineData("The director of the FBI resigned.", "FBI")]
    [InlineData("The chairman of Pemex spoke.", "Pemex")]
    [InlineData("The head of Hamas replied.", "Hamas")]
    public void An_organisation_after_a_title_that_the_lexicon_does_not_list_with_it_stays(string text, string organisation)
    {
        var model = HandMadeModel.With(Lexicons, NerFeatureOptions.All, (HandMadeModel.Word(organisation), "U-ORG", 2));
        var tagger = new TrainedEntityTagger(new NerTagger(model, Lexicons), Gazetteer.Default);

        Assert.Equal(new[] { (organisation, EntityKind.Organization) }, Names(tagger, text));
    }

    [Fact]
    public void Particles_do_not_join_an_organisation_to_the_person_after_it()
    {
        var model = HandMadeModel.With(
            Lexicons,
            NerFeatureOptions.All,
            (HandMadeModel.Word("Ford"), "U-ORG", 2),
            (HandMadeModel.Word("Carlos"), "B-PER", 2),
            (HandMadeModel.Word("Ramirez"), "L-PER", 2));
        var tagger = new TrainedEntityTagger(new NerTagger(model, Lexicons), Gazetteer.Default);

        Assert.Equal(
            new[] { ("Ford", EntityKind.Organization), ("Carlos Ramirez", EntityKind.Person) },
            Names(tagger, "Police found a white Ford van Carlos Ramirez had rented."));
    }

    [Fact]
    public void Two_known_places_joined_by_a_hyphen_are_not_a_place_but_a_hyphenated_name_stays()
    {
        var model = HandMadeModel.With(
            Lexicons,
            NerFeatureOptions.All,
            (HandMadeModel.Word("Mexico-United"), "B-LOC", 2),
            (HandMadeModel.Word("States"), "L-LOC", 2),
            (HandMadeModel.Word("Guinea-Bissau"), "U-LOC", 2),
            (HandMadeModel.Word("Rolls-Royce"), "U-ORG", 2),
            (HandMadeModel.Word("Quillon-Varnholm"), "U-ORG", 2));
        var tagger = new TrainedEntityTagger(new NerTagger(model, Lexicons), Gazetteer.Default);

        Assert.Equal(
            new[] { ("Guinea-Bissau", EntityKind.Place), ("Rolls-Royce", EntityKind.Organization), ("Quillon-Varnholm", EntityKind.Organization) },
            Names(tagger, "The Mexico-United States talks met in Guinea-Bissau with Rolls-Royce and Quillon-Varnholm."));
    }

    [Fact]
    public void The_tagger_trained_on_the_tiny_corpus_finds_people_places_and_companies_in_new_text()
    {
        var tagger = new TrainedEntityTagger(TinyNerCorpus.Tagger, Gazetteer.Default);

        Assert.Equal(
            new[]
            {
                ("Quillon", EntityKind.Person),
                ("Maple Bank", EntityKind.Organization),
                ("Varnholm", EntityKind.Place),
                ("Pell", EntityKind.Person),
                ("Vellum Festival", EntityKind.Other),
            },
            Names(tagger, "Mr. Quillon joined Maple Bank in Varnholm. The Mexican chef met Mr. Pell at the Vellum Festival."));
    }

    [Fact]
    public void A_text_without_words_has_no_names()
    {
        var tagger = new TrainedEntityTagger(TinyNerCorpus.Tagger, Gazetteer.Default);

        Assert.Empty(tagger.Tag(AnalyzedText.Analyze("")));
        Assert.Empty(tagger.Tag(AnalyzedText.Analyze("   \n  ")));
    }

    // Found by Robustness/HostileInputPropertyTests on "{` Ελ Ａ\u2028de\reR": a person cut before the lower-case word
    // "eR", after an organisation and the particle "de", lost the particle too and came out as the empty span [5, 5).
    [Fact]
    public void A_person_cut_down_to_its_leading_particles_after_a_name_is_no_empty_span()
    {
        var model = HandMadeModel.With(
            Lexicons,
            NerFeatureOptions.All,
            (HandMadeModel.Word("Acme"), "B-ORG", 2),
            (HandMadeModel.Word("Works"), "L-ORG", 2),
            (HandMadeModel.Word("de"), "B-PER", 2),
            (HandMadeModel.Word("eR"), "L-PER", 2));
        var tagger = new TrainedEntityTagger(new NerTagger(model, Lexicons), Gazetteer.Default);

        Assert.Equal([("Acme Works", EntityKind.Organization)], Names(tagger, "Acme Works de eR"));
        Assert.All(TrainedEntityTagger.CreateDefault().Tag(AnalyzedText.Analyze("{` Ελ Ａ\u2028de\reR")), span => Assert.True(span.TokenCount > 0));
    }
}
