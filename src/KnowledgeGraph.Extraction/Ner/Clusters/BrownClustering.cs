using System.Globalization;

namespace KnowledgeGraph.Extraction.Ner.Clusters;

/// <summary>
/// Induces hierarchical word clusters from unlabelled text (Brown et al. 1992, "Class-based n-gram models of natural
/// language"), with the windowed algorithm of Liang 2005 ("Semi-supervised learning for natural language").
/// </summary>
/// <remarks>
/// Words are taken most frequent first. The first C each start a cluster; every further word starts one too, and
/// then the pair of clusters whose merge loses the least mutual information of the class bigram model is merged,
/// so C clusters stay active. When no words are left, the C clusters are merged down to one the same way, and those
/// last merges form the binary tree whose branch choices are the words' paths: all words of a leaf cluster share
/// its path. A step costs about C² cheap operations (see <see cref="ActiveClusterSet"/>), so a run is O(V·C²).
/// The result is the same on every run and machine: words are ordered by count then ordinal spelling, ties between
/// equal costs go to the more frequent words, and parallel loops never combine results in a thread-dependent order.
/// </remarks>
public static class BrownClustering
{
    private const int ProgressInterval = 1000;

    /// <summary>Clusters the words of <paramref name="sentences"/> (each a list of tokens).</summary>
    /// <param name="progress">Told, now and then, how far the clustering has got.</param>
    /// <exception cref="ArgumentException">A token is empty or holds a tab or line break (it could not be written).</exception>
    public static WordClusters Induce(
        IEnumerable<IReadOnlyList<string>> sentences,
        BrownClusteringOptions options,
        IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ClusterCount, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MinimumCount, 1, nameof(options));

        var corpus = BigramCorpus.Build(sentences, options.MinimumCount);
        var description = string.Create(
            CultureInfo.InvariantCulture,
            $"Brown clusters, Liang's windowed algorithm over bigrams within sentences; ClusterCount {options.ClusterCount}, MinimumCount {options.MinimumCount}; {corpus.TokenCount} tokens, {corpus.WordCount} word types.");
        if (corpus.WordCount == 0)
        {
            return new WordClusters([], description);
        }

        var clusterCount = Math.Min(options.ClusterCount, corpus.WordCount);
        var active = new ActiveClusterSet(corpus, Math.Min(clusterCount + 1, corpus.WordCount));
        for (var word = 0; word < corpus.WordCount; word++)
        {
            active.Add(word);
            if (active.Count > clusterCount)
            {
                active.MergeCheapestPair();
            }

            if ((word + 1) % ProgressInterval == 0)
            {
                progress?.Report(string.Create(CultureInfo.InvariantCulture, $"Brown clustering: {word + 1} of {corpus.WordCount} words placed."));
            }
        }

        progress?.Report(string.Create(CultureInfo.InvariantCulture, $"Brown clustering: building the hierarchy over {active.Count} clusters."));
        var hierarchy = new ClusterHierarchy();
        var nodeOf = new Dictionary<int, int>();
        var leaves = new List<(int Node, IReadOnlyList<int> Words)>();
        foreach (var representative in active.Representatives)
        {
            var words = active.WordsOf(representative).ToArray();
            var node = hierarchy.AddLeaf(words.Min());
            nodeOf[representative] = node;
            leaves.Add((node, words));
        }

        var root = nodeOf[active.Representatives[0]];
        while (active.Count > 1)
        {
            var merge = active.MergeCheapestPair();
            root = hierarchy.Join(nodeOf[merge.Survivor], nodeOf[merge.Absorbed]);
            nodeOf[merge.Survivor] = root;
            nodeOf.Remove(merge.Absorbed);
        }

        var paths = hierarchy.Paths(root);
        var clustered = leaves.SelectMany(leaf =>
            leaf.Words.Select(word => new ClusteredWord(paths[leaf.Node], corpus.Words[word], corpus.Counts[word])));
        return new WordClusters(clustered, description);
    }
}
