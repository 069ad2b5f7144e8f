using KnowledgeGraph.Extraction.Ner;

namespace KnowledgeGraph.Extraction.Tests.Ner;

/// <summary>
/// The training weights' arithmetic on hand-made sequences of updates. The average is Daumé's: with the clock at
/// <c>c</c>, it is the mean of the <c>c</c> weight vectors w0 (all zero), w1 … w(c-1), where wk is the weight after the
/// updates made at clock k; so <c>average = w - Σ(clock × step) / c</c>.
/// </summary>
public class PerceptronTrainingWeightsTests
{
    private const ulong Feature = 42;
    private static readonly int Gold = NerTagSet.Parse("U-PER");
    private static readonly int Predicted = NerTagSet.Parse("O");

    private static float[] Score(ITagScorer weights, params ulong[] features)
    {
        var scores = new float[NerTagSet.Count];
        weights.Score(features, scores);
        return scores;
    }

    /// <summary>One update of <paramref name="features"/> towards <paramref name="gold"/>, with the scores the weights give now.</summary>
    private static void Mistake(PerceptronTrainingWeights weights, int gold, int predicted, params ulong[] features) =>
        weights.Update(features, gold, predicted, Score(weights, features), 1f);

    private static float[] AverageRow(NerWeights weights, ulong feature) =>
        weights.Rows.Single(r => r.Feature == feature).Weights.ToArray();

    private static void Tick(PerceptronTrainingWeights weights, int times)
    {
        for (var i = 0; i < times; i++)
        {
            weights.Tick();
        }
    }

    [Fact]
    public void Fresh_weights_score_zero_start_the_clock_at_one_and_average_to_nothing()
    {
        var weights = new PerceptronTrainingWeights();

        Assert.Equal(1, weights.Clock);
        Assert.All(Score(weights, Feature, 7), s => Assert.Equal(0f, s));
        Assert.Equal(0, weights.Average().FeatureCount);
        weights.Tick();
        Assert.Equal(2, weights.Clock);
    }

    [Fact]
    public void A_first_mistake_on_one_feature_moves_half_a_unit_from_the_predicted_tag_to_the_gold_one()
    {
        // Margin 0 wanted 1: step = (0 - 0 + 1) / (2 × 1 feature) = 0.5.
        var weights = new PerceptronTrainingWeights();

        Mistake(weights, Gold, Predicted, Feature);

        var scores = Score(weights, Feature);
        Assert.Equal(0.5f, scores[Gold]);
        Assert.Equal(-0.5f, scores[Predicted]);
        Assert.Equal(15, scores.Count(s => s == 0f));
    }

    [Fact]
    public void The_step_is_just_enough_for_a_margin_of_one_split_over_the_features()
    {
        // Scores predicted 2, gold 1.5 over 3 features: step = (2 - 1.5 + 1) / (2 × 3) = 0.25 on every feature.
        var weights = new PerceptronTrainingWeights();
        var scores = new float[NerTagSet.Count];
        scores[Predicted] = 2f;
        scores[Gold] = 1.5f;

        weights.Update([1, 2, 3], Gold, Predicted, scores, 1f);

        Assert.Equal(0.25f, Score(weights, 2)[Gold]);
        Assert.Equal(-0.25f, Score(weights, 2)[Predicted]);
        Assert.Equal(0.75f, Score(weights, 1, 2, 3)[Gold]);
    }

    [Fact]
    public void After_an_uncapped_step_the_gold_tag_leads_by_exactly_one()
    {
        var weights = new PerceptronTrainingWeights();
        Mistake(weights, Predicted, Gold, 1, 2);
        Mistake(weights, Predicted, Gold, 2, 3, 4);
        Mistake(weights, NerTagSet.Parse("B-LOC"), Predicted, 1, 4);

        Mistake(weights, Gold, Predicted, 1, 2, 3, 4);

        var scores = Score(weights, 1, 2, 3, 4);
        Assert.Equal(1f, scores[Gold] - scores[Predicted], 5);
    }

    [Fact]
    public void The_step_is_capped_at_the_aggressiveness()
    {
        // Uncapped the step would be (10 - 0 + 1) / 2 = 5.5.
        var weights = new PerceptronTrainingWeights();
        var scores = new float[NerTagSet.Count];
        scores[Predicted] = 10f;

        weights.Update([Feature], Gold, Predicted, scores, 0.1f);

        Assert.Equal(0.1f, Score(weights, Feature)[Gold]);
        Assert.Equal(-0.1f, Score(weights, Feature)[Predicted]);
    }

    [Fact]
    public void An_update_at_clock_1_that_is_never_undone_averages_to_nearly_the_final_weight()
    {
        // w = 0.5 from clock 1 on; after 999 ticks the clock is 1000 and only w0 (zero) of the 1000 vectors lacks it:
        // 0.5 - (1 × 0.5) / 1000 = 0.4995.
        var weights = new PerceptronTrainingWeights();
        Mistake(weights, Gold, Predicted, Feature);
        Tick(weights, 999);

        var average = AverageRow(weights.Average(), Feature);

        Assert.Equal(0.4995f, average[Gold], 6);
        Assert.Equal(-0.4995f, average[Predicted], 6);
        Assert.Equal(0.5f, Score(weights, Feature)[Gold]);
    }

    [Fact]
    public void An_update_at_the_last_step_averages_to_little()
    {
        // Nine ticks, then the update at clock 10, then the tick that closes that step: clock 11.
        // 0.5 - (10 × 0.5) / 11 = 0.5 / 11.
        var weights = new PerceptronTrainingWeights();
        Tick(weights, 9);
        Mistake(weights, Gold, Predicted, Feature);
        weights.Tick();

        var average = AverageRow(weights.Average(), Feature);

        Assert.Equal(0.5f / 11, average[Gold], 6);
        Assert.Equal(-0.5f / 11, average[Predicted], 6);
    }

    [Fact]
    public void An_update_that_no_step_has_used_yet_averages_to_zero_and_its_row_is_dropped()
    {
        var weights = new PerceptronTrainingWeights();
        Tick(weights, 4);
        Mistake(weights, Gold, Predicted, Feature);

        Assert.Equal(0, weights.Average().FeatureCount);
    }

    [Fact]
    public void An_update_later_reversed_averages_over_the_time_each_value_held()
    {
        // Clock 1: tag A +0.5, tag B -0.5.
        // Clock 3: the scores are A 0.5, B -0.5 and B is gold: step = min(1, (0.5 + 0.5 + 1) / 2) = 1, so A -0.5, B +0.5.
        // Clock 4 at the end: vectors w0..w3 hold A = 0, 0.5, 0.5, -0.5; mean 0.125 (and B the opposite).
        var weights = new PerceptronTrainingWeights();
        var a = NerTagSet.Parse("B-ORG");
        var b = NerTagSet.Parse("U-ORG");
        Mistake(weights, a, b, Feature);
        Tick(weights, 2);
        Mistake(weights, b, a, Feature);
        weights.Tick();

        Assert.Equal(4, weights.Clock);
        Assert.Equal(-0.5f, Score(weights, Feature)[a]);
        var average = AverageRow(weights.Average(), Feature);
        Assert.Equal(0.125f, average[a], 6);
        Assert.Equal(-0.125f, average[b], 6);
    }

    [Fact]
    public void Average_drops_the_rows_whose_every_averaged_weight_is_below_the_threshold()
    {
        // Both updated at clock 1 with 0.5; clock 5 at the end: average 0.5 × 4/5 = 0.4 each. A second update at
        // clock 4 takes most of "small" back.
        var weights = new PerceptronTrainingWeights();
        Mistake(weights, Gold, Predicted, 1);
        Mistake(weights, Gold, Predicted, 2);
        Tick(weights, 3);
        weights.Update([2], Predicted, Gold, Score(weights, 2), 0.45f);
        weights.Tick();

        // Row 2: w = 0.05 now; average = 0.05 - (1 × 0.5 - 4 × 0.45) / 5 = 0.05 + 0.26 = 0.31.
        Assert.Equal(0.31f, AverageRow(weights.Average(), 2)[Gold], 5);

        var pruned = weights.Average(0.35f);

        Assert.Equal(1, pruned.FeatureCount);
        Assert.Equal(0.4f, AverageRow(pruned, 1)[Gold], 5);
        Assert.Equal(2, weights.Average(0.3f).FeatureCount);
    }

    [Fact]
    public void The_averaged_rows_come_out_in_ascending_feature_order()
    {
        var weights = new PerceptronTrainingWeights();
        Mistake(weights, Gold, Predicted, 900, 5, ulong.MaxValue, 77);
        weights.Tick();

        Assert.Equal(new[] { 5UL, 77UL, 900UL, ulong.MaxValue }, weights.Average().Rows.Select(r => r.Feature));
    }

    [Fact]
    public void Thousands_of_features_outgrow_the_first_weight_array()
    {
        // The arrays start with room for 65536 / 17 = 3855 rows.
        var weights = new PerceptronTrainingWeights();
        var features = Enumerable.Range(0, 5000).Select(i => (ulong)i * 7919).ToArray();
        foreach (var feature in features)
        {
            Mistake(weights, Gold, Predicted, feature);
        }

        weights.Tick();

        Assert.All(features, f => Assert.Equal(0.5f, Score(weights, f)[Gold]));
        Assert.Equal(5000, weights.Average().FeatureCount);
    }

    [Fact]
    public void An_update_never_lowers_the_gold_tag_even_when_it_already_leads()
    {
        // Three features that each favour O by 0.5; a forced mistake predicts L-PER although O leads by 1.5.
        // PA-I: step = min(C, max(0, loss) / ‖x‖²) ≥ 0. Here (0 - 1.5 + 1) / 6 = -1/12.
        var weights = new PerceptronTrainingWeights();
        var outside = NerTagSet.Outside;
        var lastPerson = NerTagSet.Parse("L-PER");
        Mistake(weights, outside, Gold, 1);
        Mistake(weights, outside, Gold, 2);
        Mistake(weights, outside, Gold, 3);
        var before = Score(weights, 1, 2, 3);

        weights.Update([1, 2, 3], outside, lastPerson, before, 1f);

        var after = Score(weights, 1, 2, 3);
        Assert.True(after[outside] >= before[outside], $"O went from {before[outside]} to {after[outside]}");
        Assert.True(after[lastPerson] <= before[lastPerson], $"L-PER went from {before[lastPerson]} to {after[lastPerson]}");
    }
}
