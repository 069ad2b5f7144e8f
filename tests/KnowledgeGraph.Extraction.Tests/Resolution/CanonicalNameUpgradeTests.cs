using KnowledgeGraph.Extraction.Resolution;

namespace KnowledgeGraph.Extraction.Tests.Resolution;

public sealed class CanonicalNameUpgradeTests
{
    [Theory]
    [InlineData("Rubio", "Marco Rubio")]
    [InlineData("Sheinbaum", "Claudia Sheinbaum")]
    [InlineData("Ramon de la Fuente", "Juan Ramón de la Fuente")] // compared without accents
    [InlineData("de la Fuente", "Juan Ramón de la Fuente")] // and without case
    [InlineData("Cruz", "Tomás de la Cruz")]
    public void A_fuller_well_formed_name_that_ends_with_the_stored_one_improves_it(string current, string candidate) =>
        Assert.True(CanonicalNameUpgrade.Improves(current, candidate));

    [Theory]
    [InlineData("Marco Rubio", "Rubio")] // shorter
    [InlineData("Marco Rubio", "Marco Rubio")] // the same
    [InlineData("Rubio", "MARCO RUBIO")] // a dateline's capitals
    [InlineData("Rubio", "marco rubio")] // lower case
    [InlineData("Rubio", "ex-Senator Rubio")] // a lower-case word in front is no part of a name
    [InlineData("Rubio", "Rubio Foods")] // shares the word but does not end with it
    [InlineData("Marco Rubio", "Marco Antonio Rubio")] // the stored words are not its last words
    public void Any_other_name_does_not(string current, string candidate) =>
        Assert.False(CanonicalNameUpgrade.Improves(current, candidate));
}
