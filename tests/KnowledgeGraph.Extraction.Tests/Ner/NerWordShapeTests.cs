using KnowledgeGraph.Extraction.Ner;

namespace KnowledgeGraph.Extraction.Tests.Ner;

public class NerWordShapeTests
{
    [Theory]
    [InlineData("McDonald", "XxXx")]
    [InlineData("1996-08-22", "d-d-d")]
    [InlineData("U.S.", "X.X.")]
    [InlineData("iPhone", "xXx")]
    [InlineData("Rubio", "Xx")]
    [InlineData("NATO", "X")]
    [InlineData("said", "x")]
    [InlineData("3rd", "dx")]
    [InlineData("O'Neill", "X'Xx")]
    [InlineData("Zürich", "Xx")]
    [InlineData("$5,000", "$d,d")]
    [InlineData("...", ".")]
    [InlineData("", "")]
    public void Each_class_of_character_collapses_to_one_symbol_per_run(string word, string shape) =>
        Assert.Equal(shape, NerWordShape.Of(word));

    [Fact]
    public void A_very_long_shape_is_cut_at_32_symbols()
    {
        var word = string.Concat(Enumerable.Repeat("aB", 25));

        Assert.Equal(string.Concat(Enumerable.Repeat("xX", 16)), NerWordShape.Of(word));
    }

    [Theory]
    [InlineData("McDonald")]
    [InlineData("1996-08-22")]
    [InlineData("")]
    public void HashOf_is_the_hash_of_the_shape(string word) =>
        Assert.Equal(FeatureHash.Of(NerWordShape.Of(word)), NerWordShape.HashOf(word));

    [Theory]
    [InlineData("NATO", true)]
    [InlineData("U.S.", true)]
    [InlineData("B2B", true)]
    [InlineData("X", true)]
    [InlineData("Japan", false)]
    [InlineData("iPHONE", false)]
    [InlineData("1996", false)]
    [InlineData("-", false)]
    [InlineData("", false)]
    public void IsUpperOnly_needs_a_letter_and_no_lower_case_one(string word, bool expected) =>
        Assert.Equal(expected, NerWordShape.IsUpperOnly(word));

    [Theory]
    [InlineData("rubio", true)]
    [InlineData("e-mail", true)]
    [InlineData("3rd", true)]
    [InlineData("Rubio", false)]
    [InlineData("iPhone", false)]
    [InlineData("1996", false)]
    [InlineData("...", false)]
    [InlineData("", false)]
    public void IsLowerOnly_needs_a_letter_and_no_upper_case_one(string word, bool expected) =>
        Assert.Equal(expected, NerWordShape.IsLowerOnly(word));
}
