using System.Runtime.InteropServices;

namespace KnowledgeGraph.Extraction.Ner.Clusters;

/// <summary>
/// The text reduced to what Brown clustering needs: the words ranked by frequency and, for each word, how often
/// each other word follows it and precedes it.
/// </summary>
/// <remarks>
/// Bigrams are counted within sentences only, with no boundary symbol. Joining sentences would invent pairs such
/// as (".", "The") between unrelated sentences. A boundary symbol would be the most frequent token of all (news
/// text is full of two-word bylines and datelines) and would either be merged into some cluster, distorting the
/// hierarchy and showing up in the file, or need a never-merged special case. What it would tell the clusters,
/// "this word opens or closes sentences", the tagger already sees directly as a position feature. The cost is that
/// a word seen only in one-word sentences has no context at all and lands in an arbitrary (but deterministic) cluster.
/// </remarks>
internal sealed class BigramCorpus
{
    // Compressed rows: the followers of word w are _followers[_followerStart[w] .. _followerStart[w + 1]).
    private readonly int[] _followerStart;
    private readonly int[] _followers;
    private readonly int[] _followerCounts;
    private readonly int[] _precederStart;
    private readonly int[] _preceders;
    private readonly int[] _precederCounts;

    private BigramCorpus(
        string[] words,
        long[] counts,
        long tokenCount,
        int bigramCount,
        int[] followerStart,
        int[] followers,
        int[] followerCounts,
        int[] precederStart,
        int[] preceders,
        int[] precederCounts)
    {
        Words = words;
        Counts = counts;
        TokenCount = tokenCount;
        BigramCount = bigramCount;
        _followerStart = followerStart;
        _followers = followers;
        _followerCounts = followerCounts;
        _precederStart = precederStart;
        _preceders = preceders;
        _precederCounts = precederCounts;

        LeftCounts = new long[words.Length];
        RightCounts = new long[words.Length];
        for (var w = 0; w < words.Length; w++)
        {
            for (var e = followerStart[w]; e < followerStart[w + 1]; e++)
            {
                LeftCounts[w] += followerCounts[e];
            }

            for (var e = precederStart[w]; e < precederStart[w + 1]; e++)
            {
                RightCounts[w] += precederCounts[e];
            }
        }
    }

    /// <summary>The kept words by rank: most frequent first, ties in ordinal order. A word's id is its rank.</summary>
    public string[] Words { get; }

    /// <summary>Occurrences of each word.</summary>
    public long[] Counts { get; }

    /// <summary>Occurrences of kept words.</summary>
    public long TokenCount { get; }

    /// <summary>Adjacent pairs of kept words within sentences: the N that turns counts into probabilities.</summary>
    public int BigramCount { get; }

    /// <summary>How many bigrams each word opens (its left marginal).</summary>
    public long[] LeftCounts { get; }

    /// <summary>How many bigrams each word closes (its right marginal).</summary>
    public long[] RightCounts { get; }

    public int WordCount => Words.Length;

    /// <summary>The words that follow <paramref name="word"/>, ascending.</summary>
    public ReadOnlySpan<int> FollowersOf(int word) => _followers.AsSpan(_followerStart[word].._followerStart[word + 1]);

    /// <summary>How often each of <see cref="FollowersOf"/> follows <paramref name="word"/>.</summary>
    public ReadOnlySpan<int> FollowerCountsOf(int word) => _followerCounts.AsSpan(_followerStart[word].._followerStart[word + 1]);

    /// <summary>The words that precede <paramref name="word"/>, ascending.</summary>
    public ReadOnlySpan<int> PrecedersOf(int word) => _preceders.AsSpan(_precederStart[word].._precederStart[word + 1]);

    /// <summary>How often each of <see cref="PrecedersOf"/> precedes <paramref name="word"/>.</summary>
    public ReadOnlySpan<int> PrecederCountsOf(int word) => _precederCounts.AsSpan(_precederStart[word].._precederStart[word + 1]);

    /// <summary>
    /// Counts words and bigrams. A word rarer than <paramref name="minimumCount"/> is dropped and leaves a gap: the
    /// words either side of it are not made neighbours, because they never were.
    /// </summary>
    public static BigramCorpus Build(IEnumerable<IReadOnlyList<string>> sentences, int minimumCount)
    {
        var idOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var seenWords = new List<string>();
        var seenCounts = new List<long>();
        var tokens = new List<int>();
        var sentenceEnds = new List<int>();
        foreach (var sentence in sentences)
        {
            ArgumentNullException.ThrowIfNull(sentence, nameof(sentences));
            foreach (var token in sentence)
            {
                if (token is null || !WordClusters.IsWritableWord(token))
                {
                    throw new ArgumentException($"'{token}' cannot be clustered: words must be non-empty and hold no tab or line break.", nameof(sentences));
                }

                ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(idOf, token, out var seen);
                if (!seen)
                {
                    id = seenWords.Count;
                    seenWords.Add(token);
                    seenCounts.Add(0);
                }

                seenCounts[id]++;
                tokens.Add(id);
            }

            sentenceEnds.Add(tokens.Count);
        }

        var kept = Enumerable.Range(0, seenWords.Count)
            .Where(id => seenCounts[id] >= minimumCount)
            .OrderByDescending(id => seenCounts[id])
            .ThenBy(id => seenWords[id], StringComparer.Ordinal)
            .ToArray();
        var rankOf = new int[seenWords.Count];
        Array.Fill(rankOf, -1);
        for (var rank = 0; rank < kept.Length; rank++)
        {
            rankOf[kept[rank]] = rank;
        }

        var pairCounts = new Dictionary<long, int>();
        var start = 0;
        long tokenCount = 0;
        foreach (var end in sentenceEnds)
        {
            for (var p = start; p < end; p++)
            {
                var right = rankOf[tokens[p]];
                if (right < 0)
                {
                    continue;
                }

                tokenCount++;
                var left = p > start ? rankOf[tokens[p - 1]] : -1;
                if (left >= 0)
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(pairCounts, PairKey(left, right), out _)++;
                }
            }

            start = end;
        }

        long bigramCount = 0;
        foreach (var count in pairCounts.Values)
        {
            bigramCount += count;
        }

        // Counts live in int cells and sums of a few cells; a text this large would need another design anyway.
        if (bigramCount > int.MaxValue / 2)
        {
            throw new ArgumentException("The text has too many bigrams to cluster.", nameof(sentences));
        }

        var forward = pairCounts.Keys.ToArray();
        Array.Sort(forward);
        var backward = forward.Select(key => PairKey(Right(key), Left(key))).ToArray();
        Array.Sort(backward);
        var (followerStart, followers, followerCounts) = Compress(forward, kept.Length, key => pairCounts[key]);
        var (precederStart, preceders, precederCounts) =
            Compress(backward, kept.Length, key => pairCounts[PairKey(Right(key), Left(key))]);

        return new BigramCorpus(
            kept.Select(id => seenWords[id]).ToArray(),
            kept.Select(id => seenCounts[id]).ToArray(),
            tokenCount,
            (int)bigramCount,
            followerStart,
            followers,
            followerCounts,
            precederStart,
            preceders,
            precederCounts);
    }

    private static long PairKey(int first, int second) => ((long)first << 32) | (uint)second;

    private static int Left(long key) => (int)(key >> 32);

    private static int Right(long key) => (int)(key & uint.MaxValue);

    /// <summary>Sorted (first, second) keys to compressed rows indexed by first.</summary>
    private static (int[] Start, int[] Seconds, int[] Counts) Compress(long[] sortedKeys, int wordCount, Func<long, int> countOf)
    {
        var rowStart = new int[wordCount + 1];
        var seconds = new int[sortedKeys.Length];
        var counts = new int[sortedKeys.Length];
        for (var e = 0; e < sortedKeys.Length; e++)
        {
            rowStart[Left(sortedKeys[e]) + 1]++;
            seconds[e] = Right(sortedKeys[e]);
            counts[e] = countOf(sortedKeys[e]);
        }

        for (var w = 0; w < wordCount; w++)
        {
            rowStart[w + 1] += rowStart[w];
        }

        return (rowStart, seconds, counts);
    }
}
