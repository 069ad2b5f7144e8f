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

    /// <summary>
    /// The mean of several models' weights, feature by feature (a missing row counts as zeros). Perceptrons trained on
    /// different shuffles disagree mostly on rare features; averaging them keeps what they agree on.
    /// </summary>
    public static NerWeights Mean(IReadOnlyList<NerWeights> members)
    {
        var rows = new Dictionary<ulong, int>();
        var sums = new List<float>();
        foreach (var member in members)
        {
            foreach (var (feature, weights) in member.Rows)
            {
                if (!rows.TryGetValue(feature, out var row))
                {
                    row = rows.Count;
                    rows.Add(feature, row);
                    sums.AddRange(new float[NerTagSet.Count]);
                }

                for (var tag = 0; tag < NerTagSet.Count; tag++)
                {
                    sums[(row * NerTagSet.Count) + tag] += weights.Span[tag] / members.Count;
                }
            }
        }

        return new NerWeights(rows, [.. sums]);
    }

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
