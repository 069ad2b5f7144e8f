namespace KnowledgeGraph.Extraction.Ner;

/// <summary>
/// A scorer whose score for a set of features is the sum, feature by feature in order, of each feature's weights. Such
/// scores can be built in parts: a token's static features are scored once, while encoding
/// (<see cref="EncodedSentence.StaticScores"/>), and each decoding pass adds the tag-dependent ones.
/// </summary>
public interface IAdditiveTagScorer : ITagScorer
{
    /// <summary>Adds the weights of <paramref name="features"/>, in order, to <paramref name="scores"/> without clearing it first.</summary>
    void AddScores(ReadOnlySpan<ulong> features, Span<float> scores);
}
