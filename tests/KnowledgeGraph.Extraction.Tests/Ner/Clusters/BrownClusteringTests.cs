using KnowledgeGraph.Extraction.Ner.Clusters;

namespace KnowledgeGraph.Extraction.Tests.Ner.Clusters;

public class BrownClusteringTests
{
    [Theory]
    [InlineData(1, 100)]
    [InlineData(2, 100)]
    [InlineData(3, 100)]
    [InlineData(4, 5)]
    [InlineData(5, 4)]
    [InlineData(6, 3)]
    [InlineData(7, 1)]
    public void Every_merge_is_the_one_a_brute_force_search_picks(int seed, int clusterCount)
    {
        var sentences = RandomCorpus(seed, vocabulary: 14, sentenceCount: 40);

        var clusters = BrownClustering.Induce(sentences, new BrownClusteringOptions(clusterCount));

        var expected = ReferenceBrownClustering.Induce(sentences, clusterCount, minimumCount: 1);
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), PathsOf(clusters));
    }

    [Fact]
    public void Rare_words_leave_gaps_the_brute_force_search_also_leaves()
    {
        var sentences = RandomCorpus(seed: 8, vocabulary: 30, sentenceCount: 40);

        var clusters = BrownClustering.Induce(sentences, new BrownClusteringOptions(ClusterCount: 5, MinimumCount: 3));

        var expected = ReferenceBrownClustering.Induce(sentences, clusterCount: 5, minimumCount: 3);
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), PathsOf(clusters));
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(4)]
    public void Words_seen_in_the_same_contexts_share_a_longer_path_prefix_than_words_that_are_not(int clusterCount)
    {
        var sentences = new List<string[]>();
        string[] animals = ["cat", "dog", "bird"];
        string[] numbers = ["one", "two", "three"];
        for (var round = 0; round < 3; round++)
        {
            foreach (var animal in animals)
            {
                sentences.Add(["the", animal, "sat", "down"]);
                sentences.Add(["a", animal, "ran", "away"]);
                sentences.Add(["the", animal, "ran"]);
            }

            foreach (var number in numbers)
            {
                sentences.Add(["page", number, "of", "ten"]);
                sentences.Add(["chapter", number, "begins"]);
                sentences.Add(["page", number, "ends"]);
            }
        }

        var clusters = BrownClustering.Induce(sentences, new BrownClusteringOptions(clusterCount));

        var withinAnimals = Pairs(animals).Min(p => SharedPrefix(clusters, p.First, p.Second));
        var withinNumbers = Pairs(numbers).Min(p => SharedPrefix(clusters, p.First, p.Second));
        var across = animals.SelectMany(a => numbers.Select(n => SharedPrefix(clusters, a, n))).Max();
        Assert.True(withinAnimals > across, $"animals share {withinAnimals} bits, animal and number {across}");
        Assert.True(withinNumbers > across, $"numbers share {withinNumbers} bits, animal and number {across}");
    }

    [Fact]
    public void Two_runs_give_the_same_file()
    {
        // Large enough for the cost updates to run on several threads.
        var sentences = ZipfCorpus(seed: 11, vocabulary: 3000, sentenceCount: 4000);
        var options = new BrownClusteringOptions(ClusterCount: 300);

        var first = Written(BrownClustering.Induce(sentences, options));
        var second = Written(BrownClustering.Induce(sentences, options));

        Assert.Equal(first, second);
    }

    [Fact]
    public void The_order_of_the_sentences_does_not_matter()
    {
        var sentences = ZipfCorpus(seed: 12, vocabulary: 400, sentenceCount: 600);
        var shuffled = sentences.OrderBy(s => string.Join(" ", s), StringComparer.Ordinal).ToList();
        var options = new BrownClusteringOptions(ClusterCount: 40);

        Assert.Equal(Written(BrownClustering.Induce(sentences, options)), Written(BrownClustering.Induce(shuffled, options)));
    }

    [Fact]
    public void There_are_as_many_distinct_paths_as_clusters_and_every_word_has_one()
    {
        var sentences = ZipfCorpus(seed: 13, vocabulary: 300, sentenceCount: 300);
        var wordCount = sentences.SelectMany(s => s).Distinct(StringComparer.Ordinal).Count();

        var clusters = BrownClustering.Induce(sentences, new BrownClusteringOptions(ClusterCount: 25));

        Assert.Equal(wordCount, clusters.Count);
        Assert.Equal(25, clusters.Words.Select(w => w.Path).Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(clusters.Words, w => w.Path.Length == 0);
    }

    [Fact]
    public void Words_rarer_than_the_minimum_count_are_left_out_and_the_rest_keep_their_counts()
    {
        string[][] sentences =
        [
            ["the", "cat", "sat"],
            ["the", "dog", "sat"],
            ["the", "cat", "ran"],
            ["a", "dog", "sat"],
        ];

        var clusters = BrownClustering.Induce(sentences, new BrownClusteringOptions(MinimumCount: 2));

        Assert.Equal(["cat", "dog", "sat", "the"], clusters.Words.Select(w => w.Word).Order(StringComparer.Ordinal));
        Assert.Null(clusters.PathOf("ran"));
        Assert.Null(clusters.PathOf("a"));
        Assert.Equal(3, clusters.Words.Single(w => w.Word == "the").Count);
        Assert.Equal(2, clusters.Words.Single(w => w.Word == "cat").Count);
    }

    [Fact]
    public void The_header_says_how_the_clusters_were_made()
    {
        var clusters = BrownClustering.Induce([["a", "b"], ["b", "a"]], new BrownClusteringOptions(ClusterCount: 7, MinimumCount: 1));

        Assert.Contains("ClusterCount 7, MinimumCount 1", clusters.Description);
        Assert.Contains("4 tokens, 2 word types", clusters.Description);
    }

    [Fact]
    public void A_single_word_sits_at_the_root_and_no_words_give_no_clusters()
    {
        var one = BrownClustering.Induce([["hello"], ["hello"]], new BrownClusteringOptions());
        var none = BrownClustering.Induce([[], []], new BrownClusteringOptions());

        Assert.Equal("", one.PathOf("hello"));
        Assert.Equal(0, none.Count);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(10, 0)]
    public void Options_out_of_range_are_refused(int clusterCount, int minimumCount) =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            BrownClustering.Induce([["a"]], new BrownClusteringOptions(clusterCount, minimumCount)));

    [Theory]
    [InlineData("")]
    [InlineData("a\tb")]
    [InlineData("a\nb")]
    public void A_token_that_could_not_be_written_is_refused(string token) =>
        Assert.Throws<ArgumentException>(() => BrownClustering.Induce([["a", token]], new BrownClusteringOptions()));

    private static IEnumerable<KeyValuePair<string, string>> PathsOf(WordClusters clusters) =>
        clusters.Words.Select(w => KeyValuePair.Create(w.Word, w.Path)).OrderBy(p => p.Key, StringComparer.Ordinal);

    private static int SharedPrefix(WordClusters clusters, string first, string second)
    {
        var a = clusters.PathOf(first)!;
        var b = clusters.PathOf(second)!;
        var shared = 0;
        while (shared < a.Length && shared < b.Length && a[shared] == b[shared])
        {
            shared++;
        }

        // Words of one leaf cluster share everything, which counts as more than any real branching.
        return a == b ? int.MaxValue : shared;
    }

    private static IEnumerable<(string First, string Second)> Pairs(string[] words) =>
        words.SelectMany((w, i) => words.Skip(i + 1).Select(o => (w, o)));

    private static string Written(WordClusters clusters)
    {
        var writer = new StringWriter();
        clusters.Write(writer);
        return writer.ToString();
    }

    /// <summary>Sentences of words drawn uniformly, with a few sticky pairs so that contexts differ.</summary>
    private static List<string[]> RandomCorpus(int seed, int vocabulary, int sentenceCount)
    {
        var random = new Random(seed);
        var sentences = new List<string[]>();
        for (var s = 0; s < sentenceCount; s++)
        {
            var length = random.Next(1, 9);
            var sentence = new string[length];
            for (var p = 0; p < length; p++)
            {
                var word = p > 0 && random.Next(3) == 0
                    ? (int.Parse(sentence[p - 1][1..]) * 7 + 3) % vocabulary
                    : random.Next(vocabulary);
                sentence[p] = "w" + word;
            }

            sentences.Add(sentence);
        }

        return sentences;
    }

    /// <summary>Sentences whose word frequencies fall off like natural text's, with a word's successor tied to it.</summary>
    private static List<string[]> ZipfCorpus(int seed, int vocabulary, int sentenceCount)
    {
        var random = new Random(seed);
        var weights = Enumerable.Range(1, vocabulary).Select(r => 1.0 / r).ToArray();
        var cumulative = new double[vocabulary];
        var sum = 0.0;
        for (var r = 0; r < vocabulary; r++)
        {
            sum += weights[r];
            cumulative[r] = sum;
        }

        int Draw()
        {
            var index = Array.BinarySearch(cumulative, random.NextDouble() * sum);
            return Math.Min(index >= 0 ? index : ~index, vocabulary - 1);
        }

        var sentences = new List<string[]>();
        for (var s = 0; s < sentenceCount; s++)
        {
            var length = random.Next(2, 20);
            var sentence = new string[length];
            var previous = Draw();
            for (var p = 0; p < length; p++)
            {
                previous = random.Next(2) == 0 ? (previous % 50) * 3 % vocabulary : Draw();
                sentence[p] = "z" + previous;
            }

            sentences.Add(sentence);
        }

        return sentences;
    }
}
