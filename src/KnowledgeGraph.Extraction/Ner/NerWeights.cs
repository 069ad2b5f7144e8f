namespace KnowledgeGraph.Extraction.Ner;

/// <summary>
/// Trained weights, read-only: a row of <see cref="NerTagSet.Count"/> floats per feature hash. Kept apart from the
/// tagger and the trainer (as Catalyst does) so the same data can be scored, saved and compared.
/// </summary>
public sealed class NerWeights : ITagScorer
{
    private readonly Dictionary<ulong, int> _rows;
    private readonly float[] _weights;

    public NerWeights(Dictionary<ulong, int> rows, float[] weights)
    {
        if (weights.Length != rows.Count * NerTagSet.Count)
        {
            throw new ArgumentException("The weight array does not match the number of rows.", nameof(weights));
        }

        _rows = rows;
        _weights = weights;
    }

    public int FeatureCount => _rows.Count;

    /// <summary>The rows in ascending hash order, the order they are saved in.</summary>
    public IEnumerable<(ulong Feature, ReadOnlyMemory<float> Weights)> Rows =>
        _rows.OrderBy(r => r.Key).Select(r => (r.Key, new ReadOnlyMemory<float>(_weights, r.Value * NerTagSet.Count, NerTagSet.Count)));

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores) => SumRows(_rows, _weights, features, scores);

    /// <summary>The one scoring loop, shared with <see cref="PerceptronTrainingWeights"/> so training and tagging add up alike.</summary>
    internal static void SumRows(Dictionary<ulong, int> rows, float[] table, ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores[..NerTagSet.Count].Clear();
        foreach (var feature in features)
        {
            if (rows.TryGetValue(feature, out var row))
            {
                var weights = table.AsSpan(row * NerTagSet.Count, NerTagSet.Count);
                for (var tag = 0; tag < NerTagSet.Count; tag++)
                {
                    scores[tag] += weights[tag];
                }
            }
        }
    }
}
