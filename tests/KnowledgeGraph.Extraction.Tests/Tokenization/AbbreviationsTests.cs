using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Tests.Tokenization;

public class AbbreviationsTests
{
    [Theory]
    [InlineData("U.S.")]
    [InlineData("U.N.")]
    [InlineData("J.")]
    [InlineData("Sept.")]
    [InlineData("Gen.")]
    [InlineData("Inc.")]
    [InlineData("e.g.")]
    public void Keeps_the_period_of_known_abbreviations_and_initialisms(string word) => Assert.True(Abbreviations.KeepsPeriod(word));

    [Theory]
    [InlineData("Lima.")]
    [InlineData("ferry.")]
    [InlineData("u.s.")]
    [InlineData(".")]
    [InlineData("Sept")]
    [InlineData("3.")]
    [InlineData("sun.")]
    [InlineData("no.")]
    [InlineData("co.")]
    public void Does_not_keep_the_period_of_ordinary_words(string word) => Assert.False(Abbreviations.KeepsPeriod(word));

    [Theory]
    [InlineData("U.S.", true)]
    [InlineData("J.", true)]
    [InlineData("U.S", false)]
    [InlineData("US.", false)]
    [InlineData("u.s.", false)]
    [InlineData("1.2.", false)]
    public void Recognises_initialisms(string word, bool expected) => Assert.Equal(expected, Abbreviations.IsInitialism(word));

    [Theory]
    [InlineData("Gen.", true)]
    [InlineData("Dr.", true)]
    [InlineData("Sept.", false)]
    [InlineData("U.S.", false)]
    [InlineData("Gen", false)]
    public void Name_titles_are_a_subset_of_abbreviations(string word, bool expected) => Assert.Equal(expected, Abbreviations.IsNameTitle(word));
}
