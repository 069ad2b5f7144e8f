namespace KnowledgeGraph.Extraction.Ner;

/// <summary>
/// One sentence turned into feature hashes: the features that do not depend on predicted tags, computed once, plus
/// what the decoder needs to add the tag-dependent ones. Token <c>i</c>'s static features are
/// <c>StaticFeatures[FeatureStart[i]..FeatureStart[i + 1]]</c>; when the sentence was encoded for tagging with fixed
/// weights, only their scores are kept instead (<see cref="StaticScores"/>).
/// </summary>
public sealed class EncodedSentence(ulong[] staticFeatures, int[] featureStart, ulong[] normalizedWords, ulong[] shapes, bool[] capitalized)
{
    public int Length => NormalizedWords.Length;

    public ulong[] StaticFeatures { get; } = staticFeatures;

    public int[] FeatureStart { get; } = featureStart;

    /// <summary>Each word's <see cref="FeatureHash.OfNormalized"/> hash: the key of the prediction history.</summary>
    public ulong[] NormalizedWords { get; } = normalizedWords;

    public ulong[] Shapes { get; } = shapes;

    /// <summary>Whether each word starts with an upper-case letter; only such words feed and read the history.</summary>
    public bool[] Capitalized { get; } = capitalized;

    /// <summary>
    /// The summed weights of each token's static features, <see cref="NerTagSet.Count"/> a token, when the sentence
    /// was scored as it was encoded; null when <see cref="StaticFeatures"/> holds the features themselves.
    /// </summary>
    public float[]? StaticScores { get; private init; }

    /// <summary>A sentence whose static features were scored at once and are not kept.</summary>
    public static EncodedSentence Scored(float[] staticScores, ulong[] normalizedWords, ulong[] shapes, bool[] capitalized) =>
        new([], [], normalizedWords, shapes, capitalized) { StaticScores = staticScores };

    /// <summary>Token <paramref name="token"/>'s static features; none when only their scores were kept.</summary>
    public ReadOnlySpan<ulong> FeaturesOf(int token) =>
        StaticScores is null ? StaticFeatures.AsSpan(FeatureStart[token], FeatureStart[token + 1] - FeatureStart[token]) : [];

    /// <summary>Token <paramref name="token"/>'s share of <see cref="StaticScores"/>.</summary>
    public ReadOnlySpan<float> StaticScoresOf(int token) => StaticScores.AsSpan(token * NerTagSet.Count, NerTagSet.Count);
}
