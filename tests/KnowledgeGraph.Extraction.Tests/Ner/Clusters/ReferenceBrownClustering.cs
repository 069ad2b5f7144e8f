namespace KnowledgeGraph.Extraction.Tests.Ner.Clusters;

/// <summary>
/// Brown clustering done the slow, obvious way, as the yardstick for the incremental implementation: every
/// candidate merge is scored by recomputing the whole objective from the word bigram counts.
/// </summary>
/// <remarks>
/// It follows the same definitions as the real thing and nothing else: bigrams within sentences, words rarer than
/// the minimum count leave a gap, words taken by count then ordinal spelling, C clusters kept active, quality
/// Σ n(X,Y)·ln(n(X,Y)·N / (l(X)·r(Y))) over bigrams between active words with the marginals l and r over all bigrams,
/// the hierarchy from the final merges, and the branch with the more frequent word as 0.
/// </remarks>
internal static class ReferenceBrownClustering
{
    public static Dictionary<string, string> Induce(IReadOnlyList<IReadOnlyList<string>> sentences, int clusterCount, int minimumCount)
    {
        var words = sentences.SelectMany(s => s)
            .GroupBy(w => w, StringComparer.Ordinal)
            .Where(g => g.Count() >= minimumCount)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .ToArray();
        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var r = 0; r < words.Length; r++)
        {
            rank[words[r]] = r;
        }

        var v = words.Length;
        var bigrams = new long[v, v];
        foreach (var sentence in sentences)
        {
            for (var p = 1; p < sentence.Count; p++)
            {
                if (rank.TryGetValue(sentence[p - 1], out var a) && rank.TryGetValue(sentence[p], out var b))
                {
                    bigrams[a, b]++;
                }
            }
        }

        var left = new long[v];
        var right = new long[v];
        long total = 0;
        for (var a = 0; a < v; a++)
        {
            for (var b = 0; b < v; b++)
            {
                left[a] += bigrams[a, b];
                right[b] += bigrams[a, b];
                total += bigrams[a, b];
            }
        }

        double Quality(List<List<int>> clusters)
        {
            var quality = 0.0;
            foreach (var x in clusters)
            {
                foreach (var y in clusters)
                {
                    long joint = 0;
                    foreach (var a in x)
                    {
                        foreach (var b in y)
                        {
                            joint += bigrams[a, b];
                        }
                    }

                    if (joint > 0)
                    {
                        double l = x.Sum(a => left[a]), r = y.Sum(b => right[b]);
                        quality += joint * Math.Log(joint * (double)total / (l * r));
                    }
                }
            }

            return quality;
        }

        (int, int) CheapestPair(List<List<int>> clusters)
        {
            var best = (-1, -1);
            var bestQuality = double.NegativeInfinity;
            var bestKey = (int.MaxValue, int.MaxValue);
            for (var a = 0; a < clusters.Count; a++)
            {
                for (var b = a + 1; b < clusters.Count; b++)
                {
                    var merged = clusters.Where((_, k) => k != a && k != b).ToList();
                    merged.Add([.. clusters[a], .. clusters[b]]);
                    var quality = Quality(merged);
                    var key = (Math.Min(clusters[a].Min(), clusters[b].Min()), Math.Max(clusters[a].Min(), clusters[b].Min()));
                    var tie = Math.Abs(quality - bestQuality) <= 1e-9 * Math.Max(1, Math.Abs(quality));
                    if ((!tie && quality > bestQuality) || (tie && key.CompareTo(bestKey) < 0))
                    {
                        (best, bestQuality, bestKey) = ((a, b), quality, key);
                    }
                }
            }

            return best;
        }

        var active = new List<List<int>>();
        for (var word = 0; word < v; word++)
        {
            active.Add([word]);
            if (active.Count > clusterCount)
            {
                var (a, b) = CheapestPair(active);
                active[a] = [.. active[a], .. active[b]];
                active.RemoveAt(b);
            }
        }

        // Tree nodes: a leaf holds words, an inner node two children, zero branch first.
        var nodes = active.Select(c => new TreeNode(c, null, null)).ToList();
        while (nodes.Count > 1)
        {
            var (a, b) = CheapestPair(nodes.Select(n => n.Words).ToList());
            var (zero, one) = nodes[a].Words.Min() < nodes[b].Words.Min() ? (nodes[a], nodes[b]) : (nodes[b], nodes[a]);
            nodes[a] = new TreeNode([.. zero.Words, .. one.Words], zero, one);
            nodes.RemoveAt(b);
        }

        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        void Walk(TreeNode node, string path)
        {
            if (node.Zero is null || node.One is null)
            {
                foreach (var word in node.Words)
                {
                    paths[words[word]] = path;
                }

                return;
            }

            Walk(node.Zero, path + "0");
            Walk(node.One, path + "1");
        }

        if (nodes.Count == 1)
        {
            Walk(nodes[0], "");
        }

        return paths;
    }

    private sealed record TreeNode(List<int> Words, TreeNode? Zero, TreeNode? One);
}
