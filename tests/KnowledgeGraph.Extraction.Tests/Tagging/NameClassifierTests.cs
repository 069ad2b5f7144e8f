using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Tagging;

namespace KnowledgeGraph.Extraction.Tests.Tagging;

public class NameClassifierTests
{
    private static readonly NameClassifier Classifier = new(Gazetteer.Default);

    private static EntityKind? Classify(string name, bool personCue = false) => Classifier.Classify(name.Split(' '), personCue);

    [Theory]
    [InlineData("Mexico City", EntityKind.Place)]
    [InlineData("U.S.", EntityKind.Place)]
    [InlineData("Associated Press", EntityKind.Organization)]
    [InlineData("AP", EntityKind.Organization)]
    public void A_gazetteer_name_takes_its_gazetteer_kind(string name, EntityKind expected) => Assert.Equal(expected, Classify(name));

    [Theory]
    [InlineData("Harbour Workers Union", EntityKind.Organization)]
    [InlineData("Ministry of Water", EntityKind.Organization)]
    [InlineData("Cold War", EntityKind.Event)]
    [InlineData("Kessel Harbour Summit", EntityKind.Event)]
    [InlineData("National Palace", EntityKind.Place)]
    [InlineData("Port of Kessel", EntityKind.Place)]
    public void A_head_word_decides_the_kind(string name, EntityKind expected) => Assert.Equal(expected, Classify(name));

    [Theory]
    [InlineData("Ana Ruiz")]
    [InlineData("Tomás de la Cruz")]
    [InlineData("Ilse van Dam")]
    public void A_known_given_name_or_an_inner_particle_makes_a_person(string name) => Assert.Equal(EntityKind.Person, Classify(name));

    [Fact]
    public void Capitalised_words_without_person_evidence_are_other_until_a_cue_says_person()
    {
        Assert.Equal(EntityKind.Other, Classify("Ilse Morrow"));
        Assert.Equal(EntityKind.Person, Classify("Ilse Morrow", personCue: true));
        Assert.Equal(EntityKind.Other, Classify("Okonkwo"));
        Assert.Equal(EntityKind.Person, Classify("Okonkwo", personCue: true));
    }

    [Theory]
    [InlineData("KRTA")]
    [InlineData("KRTA HWU")]
    public void Capitals_only_are_an_organization(string name) => Assert.Equal(EntityKind.Organization, Classify(name));

    [Theory]
    [InlineData("Mexican")]
    [InlineData("Mexicans")]
    [InlineData("South Korean")]
    [InlineData("U.S.-Mexico")]
    [InlineData("Instead")]
    [InlineData("President")]
    [InlineData("Union")]
    [InlineData("Palace")]
    [InlineData("X")]
    public void Demonyms_titles_head_words_and_common_words_alone_are_not_names(string name) => Assert.Null(Classify(name, personCue: true));

    [Fact]
    public void A_name_in_capitals_that_starts_with_a_given_name_is_a_person() => Assert.Equal(EntityKind.Person, Classify("ANA RUIZ"));

    [Fact]
    public void No_words_are_no_name() => Assert.Null(Classifier.Classify([]));

    [Theory]
    [InlineData("Plan Kessel 2030")]
    [InlineData("Friends of the Kessel Dunes")]
    public void Digits_or_function_words_without_a_head_word_make_other(string name) => Assert.Equal(EntityKind.Other, Classify(name));
}
