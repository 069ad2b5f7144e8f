using KnowledgeGraph.Extraction.Ner;

namespace KnowledgeGraph.Extraction.Tests.Ner;

public class NerWeightsTests
{
    private static NerWeights TwoRows()
    {
        var weights = new float[2 * NerTagSet.Count];
        weights[NerTagSet.Parse("U-PER")] = 1.5f;
        weights[NerTagSet.Count + NerTagSet.Parse("U-PER")] = 0.25f;
        weights[NerTagSet.Count + NerTagSet.Outside] = -2f;
        return new NerWeights(new Dictionary<ulong, int> { [900] = 0, [3] = 1 }, weights);
    }

    [Fact]
    public void Scoring_adds_the_rows_of_the_known_features_and_ignores_the_others()
    {
        var scores = new float[NerTagSet.Count];
        scores[5] = 99;

        TwoRows().Score([900, 3, 12345, 900], scores);

        Assert.Equal(3.25f, scores[NerTagSet.Parse("U-PER")]);
        Assert.Equal(-2f, scores[NerTagSet.Outside]);
        Assert.Equal(0f, scores[5]);
    }

    [Fact]
    public void Rows_come_out_in_ascending_feature_order_with_their_weights()
    {
        var rows = TwoRows().Rows.ToList();

        Assert.Equal(new[] { 3UL, 900UL }, rows.Select(r => r.Feature));
        Assert.Equal(-2f, rows[0].Weights.Span[NerTagSet.Outside]);
        Assert.Equal(1.5f, rows[1].Weights.Span[NerTagSet.Parse("U-PER")]);
        Assert.Equal(2, TwoRows().FeatureCount);
    }

    [Fact]
    public void A_weight_array_of_the_wrong_size_is_refused() =>
        Assert.Throws<ArgumentException>(() => new NerWeights(new Dictionary<ulong, int> { [1] = 0 }, new float[NerTagSet.Count - 1]));
}
