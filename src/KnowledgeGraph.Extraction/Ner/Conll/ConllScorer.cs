namespace KnowledgeGraph.Extraction.Ner.Conll;

/// <summary>
/// Accumulates conlleval's counts one sentence at a time: a predicted chunk is correct only if a gold chunk
/// has the same start, end and type. Each sentence is read on its own, so a chunk never runs from one sentence
/// into the next, whatever its last and the next one's first tag are.
/// </summary>
public sealed class ConllScorer
{
    private readonly Dictionary<string, ChunkScore> _byType = new(StringComparer.Ordinal);
    private int _tokens;
    private int _correctTokens;

    /// <summary>Adds one sentence's gold and predicted tags, each in any scheme <see cref="ChunkReader"/> reads.</summary>
    /// <exception cref="ArgumentException">The two lists differ in length.</exception>
    /// <exception cref="FormatException">A tag is not a chunk tag. The counts are left as they were.</exception>
    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException($"Got {gold.Count} gold tags but {predicted.Count} predicted tags for one sentence.", nameof(predicted));
        }

        // Both are read before anything is counted, so a bad tag cannot leave the totals half updated.
        var goldChunks = ChunkReader.Chunks(gold);
        var predictedChunks = ChunkReader.Chunks(predicted);

        _tokens += gold.Count;
        for (var i = 0; i < gold.Count; i++)
        {
            // As in conlleval, the raw strings are compared: I-PER against B-PER is a wrong token even where the
            // chunks agree, so convert predictions to the gold scheme first when accuracy matters.
            if (string.Equals(gold[i], predicted[i], StringComparison.Ordinal))
            {
                _correctTokens++;
            }
        }

        var goldSet = goldChunks.ToHashSet();
        foreach (var chunk in goldChunks)
        {
            Count(chunk.Type, new ChunkScore(1, 0, 0));
        }

        foreach (var chunk in predictedChunks)
        {
            Count(chunk.Type, new ChunkScore(0, 1, goldSet.Contains(chunk) ? 1 : 0));
        }
    }

    /// <summary>The scores so far; adding more sentences afterwards does not change a result already returned.</summary>
    public ConllScores Result()
    {
        var byType = new SortedDictionary<string, ChunkScore>(_byType, StringComparer.Ordinal);
        var overall = byType.Values.Aggregate(default(ChunkScore), (sum, score) => sum + score);
        return new ConllScores(_tokens, _correctTokens, overall, byType);
    }

    private void Count(string type, ChunkScore add) =>
        _byType[type] = _byType.GetValueOrDefault(type) + add;
}
