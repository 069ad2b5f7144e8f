namespace KnowledgeGraph.Extraction.Ner;

/// <summary>
/// Trained weights, read-only: a row of <see cref="NerTagSet.Count"/> floats per feature hash. Kept apart from the
/// tagger and the trainer (as Catalyst does) so the same data can be scored, saved and compared.
/// </summary>
public sealed class NerWeights : IAdditiveTagScorer
{
    private readonly FeatureRowTable _rows;
    private readonly float[] _weights;

    public NerWeights(Dictionary<ulong, int> rows, float[] weights)
    {
        if (weights.Length != rows.Count * NerTagSet.Count)
        {
            throw new ArgumentException("The weight array does not match the number of rows.", nameof(weights));
        }

        _rows = new FeatureRowTable(rows);
        _weights = weights;
    }

    public int FeatureCount => _rows.Count;

    /// <summary>The rows in ascending hash order, the order they are saved in.</summary>
    public IEnumerable<(ulong Feature, ReadOnlyMemory<float> Weights)> Rows =>
        _rows.Entries.OrderBy(r => r.Feature).Select(r => (r.Feature, new ReadOnlyMemory<float>(_weights, r.Row * NerTagSet.Count, NerTagSet.Count)));

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

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores[..NerTagSet.Count].Clear();
        AddScores(features, scores);
    }

    public void AddScores(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (var feature in features)
        {
            var row = _rows.RowOf(feature);
            if (row >= 0)
            {
                AddRow(_weights, row, scores);
            }
        }
    }

    /// <summary>The training weights' scoring loop; it adds rows exactly as <see cref="AddScores"/> does.</summary>
    internal static void SumRows(Dictionary<ulong, int> rows, float[] table, ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores[..NerTagSet.Count].Clear();
        foreach (var feature in features)
        {
            if (rows.TryGetValue(feature, out var row))
            {
                AddRow(table, row, scores);
            }
        }
    }

    /// <summary>The one place a feature's weights are added to the scores, so training and tagging add up alike.</summary>
    private static void AddRow(float[] table, int row, Span<float> scores)
    {
        var weights = table.AsSpan(row * NerTagSet.Count, NerTagSet.Count);
        for (var tag = 0; tag < NerTagSet.Count; tag++)
        {
            scores[tag] += weights[tag];
        }
    }
}
