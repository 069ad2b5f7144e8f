namespace KnowledgeGraph.Extraction.Ner;

/// <summary>
/// One sentence turned into feature hashes: the features that do not depend on predicted tags, computed once, plus
/// what the decoder needs to add the tag-dependent ones. Token <c>i</c>'s static features are
/// <c>StaticFeatures[FeatureStart[i]..FeatureStart[i + 1]]</c>.
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

    public ReadOnlySpan<ulong> FeaturesOf(int token) => StaticFeatures.AsSpan(FeatureStart[token], FeatureStart[token + 1] - FeatureStart[token]);
}
