using KnowledgeGraph.Extraction.Tagging;

namespace KnowledgeGraph.Extraction.Tests.Tagging;

public class WordShapeTests
{
    [Theory]
    [InlineData("Ruiz", true)]
    [InlineData("U.S.", true)]
    [InlineData("Élodie", true)]
    [InlineData("ruiz", false)]
    [InlineData("@AnaRuizCL", false)]
    [InlineData("", false)]
    public void Capitalized_means_an_upper_case_first_letter(string word, bool expected) => Assert.Equal(expected, WordShape.IsCapitalized(word));

    [Theory]
    [InlineData("KRTA", true)]
    [InlineData("U.S.", true)]
    [InlineData("G7", false)]
    [InlineData("A", false)]
    [InlineData("McRae", false)]
    public void All_capitals_needs_two_letters_and_no_lower_case(string word, bool expected) => Assert.Equal(expected, WordShape.IsAllCapitals(word));

    [Theory]
    [InlineData("—", false)]
    [InlineData("...", false)]
    [InlineData("3.5", true)]
    [InlineData("’s", true)]
    public void Word_like_means_a_letter_or_digit(string word, bool expected) => Assert.Equal(expected, WordShape.IsWordLike(word));

    [Theory]
    [InlineData("@AnaRuizCL", true)]
    [InlineData("@", false)]
    [InlineData("@ home", false)]
    [InlineData("Ana@port", false)]
    public void A_handle_is_an_at_sign_then_a_letter_or_digit(string word, bool expected) => Assert.Equal(expected, WordShape.IsHandle(word));

    [Theory]
    [InlineData(".", true)]
    [InlineData("?", true)]
    [InlineData("…", true)]
    [InlineData("U.S.", true)]
    [InlineData(",", false)]
    [InlineData("”", false)]
    public void Final_punctuation_ends_in_a_stop_mark(string word, bool expected) => Assert.Equal(expected, WordShape.IsFinalPunctuation(word));
}
