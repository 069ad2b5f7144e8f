namespace KnowledgeGraph.Extraction.Ner;

/// <summary>Adds up the weights of a token's features for every tag: the one operation decoding needs from weights.</summary>
public interface ITagScorer
{
    /// <summary>Writes the score of each of the <see cref="NerTagSet.Count"/> tags into <paramref name="scores"/>.</summary>
    void Score(ReadOnlySpan<ulong> features, Span<float> scores);
}
