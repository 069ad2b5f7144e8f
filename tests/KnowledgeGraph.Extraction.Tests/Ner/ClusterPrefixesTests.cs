using KnowledgeGraph.Extraction.Ner;

namespace KnowledgeGraph.Extraction.Tests.Ner;

public class ClusterPrefixesTests
{
    private static readonly ClusterPrefixes Clusters = new(
    [
        ("Japan", "0110101100110"),
        ("Rubio", "01101111"),
        ("Lagos", "1110"),
        ("US", "1111"),
        ("Us", "0000"),
        ("said", "10"),
    ]);

    [Fact]
    public void The_depths_are_those_of_Ratinov_and_Roth() =>
        Assert.Equal(new[] { 4, 6, 10, 20 }, ClusterPrefixes.Depths);

    [Fact]
    public void An_exact_word_finds_the_hashes_of_its_path_cut_at_each_depth()
    {
        Assert.Equal(
            new[] { FeatureHash.Of("0110"), FeatureHash.Of("011010"), FeatureHash.Of("0110101100"), FeatureHash.Of("0110101100110") },
            Clusters.Find("Japan"));
    }

    [Fact]
    public void A_path_shorter_than_a_depth_is_used_whole()
    {
        Assert.Equal(Enumerable.Repeat(FeatureHash.Of("1110"), 4), Clusters.Find("Lagos"));
        Assert.Equal(Enumerable.Repeat(FeatureHash.Of("10"), 4), Clusters.Find("said"));
    }

    [Fact]
    public void Words_sharing_the_first_four_bits_share_the_first_prefix_only()
    {
        var japan = Clusters.Find("Japan")!;
        var rubio = Clusters.Find("Rubio")!;

        Assert.Equal(japan[0], rubio[0]);
        Assert.NotEqual(japan[1], rubio[1]);
        Assert.NotEqual(Clusters.Find("Lagos")![0], japan[0]);
    }

    [Theory]
    [InlineData("JAPAN")]
    [InlineData("RUBIO")]
    [InlineData("LAGOS")]
    public void A_word_in_capitals_falls_back_to_its_capitalised_form(string capitals) =>
        Assert.Equal(Clusters.Find(capitals[0] + capitals[1..].ToLowerInvariant()), Clusters.Find(capitals));

    [Fact]
    public void The_exact_form_wins_over_the_capitals_fallback() =>
        Assert.Equal(Enumerable.Repeat(FeatureHash.Of("1111"), 4), Clusters.Find("US"));

    [Theory]
    [InlineData("Tokyo")]
    [InlineData("japan")]
    [InlineData("JaPAN")]
    [InlineData("SAID")]
    [InlineData("")]
    public void A_word_not_listed_and_not_in_capitals_of_a_listed_one_is_unknown(string word) =>
        Assert.Null(Clusters.Find(word));

    [Fact]
    public void Count_is_the_number_of_words_listed() => Assert.Equal(6, Clusters.Count);
}
