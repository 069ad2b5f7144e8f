namespace KnowledgeGraph.Extraction.Ner;

/// <summary>
/// Word-sequence gazetteers (countries, cities, first names…) in one trie keyed by feature hashes, so matching a
/// sentence allocates nothing. Matching ignores case and digits the way <see cref="FeatureHash.OfNormalized"/> does:
/// whether a capitalised "Nice" is the city is for the model to weigh against the word's shape.
/// </summary>
public sealed class PhraseLexicon
{
    private readonly Dictionary<ulong, int> _children = [];
    private readonly List<int> _listsEndingAt = [0];

    /// <summary>Builds the trie; <paramref name="lists"/> maps each list's name to its phrases (words split on spaces).</summary>
    public PhraseLexicon(IReadOnlyList<(string Name, IEnumerable<string> Phrases)> lists)
    {
        if (lists.Count > 31)
        {
            throw new ArgumentException("At most 31 lists fit the per-node bit mask.", nameof(lists));
        }

        ListNames = lists.Select(l => l.Name).ToArray();
        for (var list = 0; list < lists.Count; list++)
        {
            foreach (var phrase in lists[list].Phrases)
            {
                Add(phrase, list);
            }
        }
    }

    public IReadOnlyList<string> ListNames { get; }

    /// <summary>The longest phrase length in words that any list holds; matching never looks further.</summary>
    public int LongestPhrase { get; private set; }

    /// <summary>
    /// For one sentence (its words' <see cref="FeatureHash.OfNormalized"/> hashes) and one list, the non-overlapping
    /// longest matches found left to right, as <c>(start, end)</c> word ranges, written into <paramref name="output"/>.
    /// </summary>
    public void Match(ReadOnlySpan<ulong> normalizedWords, List<(int List, int Start, int End)> output)
    {
        output.Clear();
        Span<int> nextFree = stackalloc int[ListNames.Count];
        for (var start = 0; start < normalizedWords.Length; start++)
        {
            var node = 0;
            for (var end = start; end < normalizedWords.Length && end - start < LongestPhrase; end++)
            {
                if (!_children.TryGetValue(FeatureHash.Combine((ulong)node, normalizedWords[end]), out node))
                {
                    break;
                }

                var lists = _listsEndingAt[node];
                for (var list = 0; lists != 0; list++, lists >>= 1)
                {
                    if ((lists & 1) != 0 && nextFree[list] <= start)
                    {
                        RecordLongest(output, list, start, end + 1);
                    }
                }
            }

            for (var i = output.Count - 1; i >= 0 && output[i].Start == start; i--)
            {
                nextFree[output[i].List] = output[i].End;
            }
        }
    }

    private static void RecordLongest(List<(int List, int Start, int End)> output, int list, int start, int end)
    {
        for (var i = output.Count - 1; i >= 0 && output[i].Start == start; i--)
        {
            if (output[i].List == list)
            {
                output[i] = (list, start, end);
                return;
            }
        }

        output.Add((list, start, end));
    }

    private void Add(string phrase, int list)
    {
        var node = 0;
        var words = 0;
        foreach (var word in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var key = FeatureHash.Combine((ulong)node, FeatureHash.OfNormalized(word));
            if (!_children.TryGetValue(key, out var child))
            {
                child = _listsEndingAt.Count;
                _listsEndingAt.Add(0);
                _children.Add(key, child);
            }

            node = child;
            words++;
        }

        if (words > 0)
        {
            _listsEndingAt[node] |= 1 << list;
            LongestPhrase = Math.Max(LongestPhrase, words);
        }
    }
}
