using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Names;

namespace KnowledgeGraph.Extraction.Tests.Names;

public class NameKeyTests
{
    [Theory]
    [InlineData("TOMAS DE LA CRUZ", "tomas de la cruz")]
    [InlineData("Tomas De la Cruz", "tomas de la cruz")]
    [InlineData("Søren Ærø", "soren aero")]
    public void Folds_case(string name, string expected) => Assert.Equal(expected, NameKey.Fold(name));

    // Regression: under InvariantGlobalization string.Normalize(FormD) leaves "á" composed, so accents were never folded.
    [Theory]
    [InlineData("Tomás de la Cruz", "tomas de la cruz")]
    [InlineData("José Núñez", "jose nunez")]
    [InlineData("ÉLODIE", "elodie")]
    public void Folds_accents(string name, string expected) => Assert.Equal(expected, NameKey.Fold(name));

    [Theory]
    [InlineData("U.S.", "us")]
    [InlineData("US", "us")]
    [InlineData("O'Brien", "obrien")]
    [InlineData("O’Brien", "obrien")]
    [InlineData("J. Harlan Pike", "j harlan pike")]
    public void Drops_periods_and_apostrophes_inside_words(string name, string expected) => Assert.Equal(expected, NameKey.Fold(name));

    [Theory]
    [InlineData("  Ana   Ruiz ", "ana ruiz")]
    [InlineData("Ana\tRuiz", "ana ruiz")]
    [InlineData("Ortega-Pardo", "ortega pardo")]
    [InlineData("Pike & Sons", "pike sons")]
    [InlineData("(Ruiz)", "ruiz")]
    public void Other_punctuation_and_spacing_become_single_spaces(string name, string expected) => Assert.Equal(expected, NameKey.Fold(name));

    [Fact]
    public void Keeps_the_at_sign_of_a_handle() => Assert.Equal("@anaruizcl", NameKey.Fold("@AnaRuizCL"));

    [Theory]
    [InlineData("")]
    [InlineData(" .,;’ ")]
    public void Punctuation_only_folds_to_nothing(string name) => Assert.Equal(string.Empty, NameKey.Fold(name));

    [Theory]
    [InlineData(EntityKind.Person, "Ana Ruiz", "name:ana ruiz")]
    [InlineData(EntityKind.Place, "U.S.", "place:us")]
    [InlineData(EntityKind.Organization, "Harbour Workers Union", "organization:harbour workers union")]
    [InlineData(EntityKind.Event, "Cold War", "event:cold war")]
    [InlineData(EntityKind.Other, "Plan Kessel 2030", "name:plan kessel 2030")]
    public void A_key_is_the_kind_name_and_the_folded_name(EntityKind kind, string name, string expected) =>
        Assert.Equal(expected, NameKey.For(kind, name));

    [Fact]
    public void A_name_of_several_words_has_a_key_of_any_kind_and_one_word_has_none()
    {
        Assert.Equal("any:vestfjord launch", NameKey.AnyKind("Vestfjord  Launch"));
        Assert.Equal(NameKey.AnyKind("VESTFJORD LAUNCH"), NameKey.AnyKind("Vestfjord Launch"));
        Assert.Null(NameKey.AnyKind("Jordan"));
    }
}
