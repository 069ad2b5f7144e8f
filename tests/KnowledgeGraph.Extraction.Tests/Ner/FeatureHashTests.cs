using KnowledgeGraph.Extraction.Ner;

namespace KnowledgeGraph.Extraction.Tests.Ner;

public class FeatureHashTests
{
    [Fact]
    public void The_hash_of_a_word_is_the_same_in_every_process()
    {
        // A regression pin, and a legitimate one: a saved model is keyed by these hashes, so if they ever change every
        // model file silently stops matching its features. The values were computed once (FNV-1a over UTF-16 code
        // units, then the splitmix64 finaliser) and checked against an independent implementation. If this test fails,
        // the hash changed: retrain and re-ship the model, or revert the change.
        Assert.Equal(14690983026410533059UL, FeatureHash.Of("Rubio"));
        Assert.Equal(18266229214479074404UL, FeatureHash.OfNormalized("Rubio"));
        Assert.Equal(17665956581633026203UL, FeatureHash.Of(""));
        Assert.Equal(9858616081136198688UL, FeatureHash.Of("<s>"));
    }

    [Fact]
    public void Of_is_case_sensitive_and_tells_near_words_apart()
    {
        Assert.NotEqual(FeatureHash.Of("Rubio"), FeatureHash.Of("RUBIO"));
        Assert.NotEqual(FeatureHash.Of("Rubio"), FeatureHash.Of("Rubia"));
        Assert.NotEqual(FeatureHash.Of("ab"), FeatureHash.Of("ba"));
    }

    [Fact]
    public void OfNormalized_folds_case()
    {
        Assert.Equal(FeatureHash.OfNormalized("Rubio"), FeatureHash.OfNormalized("RUBIO"));
        Assert.Equal(FeatureHash.OfNormalized("Rubio"), FeatureHash.OfNormalized("rubio"));
        Assert.NotEqual(FeatureHash.OfNormalized("Rubio"), FeatureHash.OfNormalized("Rubia"));
    }

    [Fact]
    public void OfNormalized_reads_every_digit_as_zero()
    {
        Assert.Equal(FeatureHash.OfNormalized("1996"), FeatureHash.OfNormalized("2025"));
        Assert.Equal(FeatureHash.OfNormalized("B-52"), FeatureHash.OfNormalized("b-17"));
        Assert.NotEqual(FeatureHash.OfNormalized("1996"), FeatureHash.OfNormalized("199"));
        Assert.NotEqual(FeatureHash.OfNormalized("1996"), FeatureHash.OfNormalized("19x6"));
    }

    [Fact]
    public void OfNormalized_of_an_already_normal_word_is_its_plain_hash()
    {
        // Both start from the same offset and finish the same way, so a lower-case word without digits hashes alike:
        // the gazetteer and the word features can share one notion of "the word".
        Assert.Equal(FeatureHash.Of("rubio"), FeatureHash.OfNormalized("Rubio"));
        Assert.Equal(FeatureHash.Of("b-00"), FeatureHash.OfNormalized("B-52"));
    }

    [Fact]
    public void Combine_depends_on_the_order_of_its_arguments()
    {
        var a = FeatureHash.Of("a");
        var b = FeatureHash.Of("b");
        var c = FeatureHash.Of("c");

        Assert.NotEqual(FeatureHash.Combine(a, b), FeatureHash.Combine(b, a));
        Assert.NotEqual(FeatureHash.Combine(1, 2), FeatureHash.Combine(2, 1));
        Assert.NotEqual(FeatureHash.Combine(a, b, c), FeatureHash.Combine(a, c, b));
        Assert.NotEqual(FeatureHash.Combine(a, b, c), FeatureHash.Combine(c, b, a));
    }

    [Fact]
    public void Combining_three_values_is_combining_the_first_two_then_the_third() =>
        Assert.Equal(
            FeatureHash.Combine(FeatureHash.Combine(7, FeatureHash.Of("x")), 9),
            FeatureHash.Combine(7, FeatureHash.Of("x"), 9));

    [Fact]
    public void Small_consecutive_seeds_give_unrelated_hashes()
    {
        // Templates and positions are small integers (1, 2, 3…); combining them with the same value must not collide.
        var value = FeatureHash.Of("Rubio");
        var hashes = Enumerable.Range(0, 64).Select(seed => FeatureHash.Combine((ulong)seed, value)).ToHashSet();

        Assert.Equal(64, hashes.Count);
        Assert.DoesNotContain(value, hashes);
    }
}
