namespace KnowledgeGraph.Extraction.Ner;

/// <summary>
/// Word → hashes of its Brown-cluster path cut at a few depths. Short prefixes group words coarsely (all surnames),
/// long ones finely (surnames of footballers); the model learns which depth to trust, as Ratinov and Roth did with
/// prefixes of 4, 6, 10 and 20 bits.
/// </summary>
public sealed class ClusterPrefixes
{
    public static readonly IReadOnlyList<int> Depths = [4, 6, 10, 20];

    private readonly Dictionary<string, ulong[]> _prefixes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ulong[]>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public ClusterPrefixes(IEnumerable<(string Word, string Path)> paths)
    {
        foreach (var (word, path) in paths)
        {
            var hashes = new ulong[Depths.Count];
            for (var d = 0; d < Depths.Count; d++)
            {
                hashes[d] = FeatureHash.Of(path.AsSpan(0, Math.Min(Depths[d], path.Length)));
            }

            _prefixes[word] = hashes;
        }

        _bySpan = _prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _prefixes.Count;

    /// <summary>
    /// The prefix hashes of <paramref name="word"/>, falling back to its capitalised form for words in capitals
    /// ("JAPAN" → "Japan"), because headlines are written in capitals and clusters were learnt mostly from body text.
    /// </summary>
    public ulong[]? Find(ReadOnlySpan<char> word)
    {
        if (_bySpan.TryGetValue(word, out var hashes))
        {
            return hashes;
        }

        if (word.Length is < 2 or > 64 || !NerWordShape.IsUpperOnly(word))
        {
            return null;
        }

        Span<char> capitalised = stackalloc char[word.Length];
        capitalised[0] = word[0];
        for (var i = 1; i < word.Length; i++)
        {
            capitalised[i] = char.ToLowerInvariant(word[i]);
        }

        return _bySpan.TryGetValue(capitalised, out hashes) ? hashes : null;
    }
}
