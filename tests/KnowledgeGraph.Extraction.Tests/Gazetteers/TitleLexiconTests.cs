using KnowledgeGraph.Extraction.Gazetteers;

namespace KnowledgeGraph.Extraction.Tests.Gazetteers;

public class TitleLexiconTests
{
    private static readonly TitleLexicon Titles = Gazetteer.Default.Titles;

    [Theory]
    [InlineData("Secretary of State Jane Doe", 3)]
    [InlineData("Secretary Jane Doe", 1)]
    [InlineData("Foreign Affairs secretary Ramón Ortiz", 3)]
    [InlineData("foreign affairs secretary Ramón Ortiz", 3)]
    [InlineData("Deputy Prime Minister Lars Holm", 3)]
    [InlineData("Prime Minister Lars Holm", 2)]
    [InlineData("Minister Lars Holm", 1)]
    [InlineData("Infrastructure Minister Pieter van der Berg", 2)]
    [InlineData("Gen. Tomas Brandt", 1)]
    [InlineData("Jane Doe", 0)]
    [InlineData("Foreign policy", 0)]
    public void The_longest_title_at_the_start_wins(string phrase, int expected) =>
        Assert.Equal(expected, Titles.MatchLength(phrase.Split(' '), 0));

    [Fact]
    public void Matching_starts_where_asked_and_stops_at_the_end_of_the_words()
    {
        var words = "the visiting Secretary of State".Split(' ');

        Assert.Equal(3, Titles.MatchLength(words, 2));
        Assert.Equal(0, Titles.MatchLength(words, 4)); // "State" alone is not a title
        Assert.Equal(0, Titles.MatchLength(words, words.Length));
    }

    [Theory]
    [InlineData("President", true)]
    [InlineData("minister", true)]
    [InlineData("Secretary of State", true)]
    [InlineData("Affairs", false)]
    [InlineData("Ruiz", false)]
    public void A_whole_title_is_a_title(string word, bool expected) => Assert.Equal(expected, Titles.IsTitle(word));

    [Theory]
    [InlineData("Affairs", true)]
    [InlineData("of", true)]
    [InlineData("Prime", true)]
    [InlineData("Ruiz", false)]
    public void A_title_word_is_any_word_of_a_title(string word, bool expected) => Assert.Equal(expected, Titles.IsTitleWord(word));

    [Fact]
    public void A_lexicon_built_from_a_list_prefers_its_longest_entry()
    {
        var titles = new TitleLexicon(["Harbourmaster", "Chief Harbourmaster", "Chief Harbourmaster of the Port"]);

        Assert.Equal(5, titles.MatchLength("Chief Harbourmaster of the Port Ilse Brandt".Split(' '), 0));
        Assert.Equal(2, titles.MatchLength("Chief Harbourmaster Ilse Brandt".Split(' '), 0));
        Assert.Equal(0, titles.MatchLength("Chief Ilse Brandt".Split(' '), 0));
    }
}
