using KnowledgeGraph.Cli.Tests.Support;
using KnowledgeGraph.Extraction.Ner.Clusters;

namespace KnowledgeGraph.Cli.Tests.Ner;

/// <summary><c>kg train clusters</c> run in-process on the invented files of <see cref="TinyConll"/>.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class TrainClustersCommandLineTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();
    private readonly string _training;
    private readonly string _wordsOnly;

    public TrainClustersCommandLineTests()
    {
        _training = Write("train.txt", TinyConll.Training);
        _wordsOnly = Write("words.txt", TinyConll.DevWordsOnly);
    }

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Help_says_what_the_clusters_are_for_and_how_to_use_them()
    {
        var (exit, output, _) = ConsoleCapture.Run("train", "clusters", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("tagger's features", output);
        Assert.Contains("brown-clusters.tsv", output);
        Assert.Contains("kg train ner", output);
        Assert.Contains("clusters", ConsoleCapture.Run("train", "--help").Output);
    }

    [Fact]
    public void Writes_a_cluster_file_that_reads_back_with_a_header_naming_the_inputs_and_options()
    {
        var output = _directory.File("clusters.tsv");
        var (exit, printed, errors) = ConsoleCapture.Run("train", "clusters", "--conll", _training, "--conll", _wordsOnly, "--output", output, "--clusters", "4");

        Assert.True(exit == 0, errors);
        using var reader = new StreamReader(output);
        var clusters = WordClusters.Read(reader);
        Assert.NotEqual(0, clusters.Count);
        Assert.All(clusters.Words, word => Assert.True(word.Count >= 2, $"{word.Word} seen {word.Count} times"));
        Assert.InRange(clusters.Words.Select(word => word.Path).Distinct().Count(), 2, 4);
        Assert.NotNull(clusters.PathOf("Peeters"));
        Assert.Null(clusters.PathOf("Lisbon"));

        Assert.Contains("ClusterCount 4, MinimumCount 2", clusters.Description);
        Assert.Contains("first column of train.txt + words.txt", clusters.Description);
        Assert.Contains("--clusters 4 --min-count 2", clusters.Description);
        Assert.DoesNotContain(_directory.Path, clusters.Description);

        Assert.Contains("Brown clustering:", printed);
        Assert.Contains($"Wrote {output}", printed);
        Assert.Equal(["clusters.tsv", "train.txt", "words.txt"], Directory.GetFiles(_directory.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void The_same_files_and_options_give_the_same_bytes_wherever_the_files_are()
    {
        var first = Cluster("first.tsv", _training, _wordsOnly);
        var elsewhere = _directory.File("elsewhere");
        Directory.CreateDirectory(elsewhere);
        File.Copy(_training, Path.Combine(elsewhere, "train.txt"));
        File.Copy(_wordsOnly, Path.Combine(elsewhere, "words.txt"));
        var second = Cluster("second.tsv", Path.Combine(elsewhere, "train.txt"), Path.Combine(elsewhere, "words.txt"));

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public void The_defaults_are_a_thousand_clusters_of_words_seen_twice_or_more()
    {
        var (exit, _, errors) = ConsoleCapture.Run("train", "clusters", "--conll", _training, "--output", _directory.File("c.tsv"));

        Assert.True(exit == 0, errors);
        Assert.Contains("--clusters 1000 --min-count 2", File.ReadLines(_directory.File("c.tsv")).First());
    }

    [Fact]
    public void A_missing_file_is_named_and_exits_with_input_problem()
    {
        var (exit, _, errors) = ConsoleCapture.Run("train", "clusters", "--conll", _training, "--conll", _directory.File("absent.txt"), "--output", _directory.File("c.tsv"));

        Assert.Equal(2, exit);
        Assert.Contains("absent.txt", errors);
        Assert.Contains("does not exist", errors);
        Assert.False(File.Exists(_directory.File("c.tsv")));
    }

    [Fact]
    public void A_file_without_sentences_exits_with_input_problem()
    {
        var (exit, _, errors) = ConsoleCapture.Run("train", "clusters", "--conll", Write("empty.txt", "-DOCSTART-\n\n"), "--output", _directory.File("c.tsv"));

        Assert.Equal(2, exit);
        Assert.Contains("empty.txt", errors);
        Assert.Contains("holds no sentences", errors);
    }

    [Fact]
    public void Text_without_a_word_seen_often_enough_exits_with_input_problem_and_writes_nothing()
    {
        var (exit, _, errors) = ConsoleCapture.Run("train", "clusters", "--conll", _wordsOnly, "--output", _directory.File("c.tsv"), "--min-count", "1000");

        Assert.Equal(2, exit);
        Assert.Contains("--min-count", errors);
        Assert.Equal(["train.txt", "words.txt"], Directory.GetFiles(_directory.Path).Select(Path.GetFileName).Order());
    }

    [Theory]
    [InlineData("--clusters", "0")]
    [InlineData("--clusters", "-3")]
    [InlineData("--min-count", "0")]
    public void A_count_below_one_is_a_usage_error(string option, string value)
    {
        var (exit, _, errors) = ConsoleCapture.Run("train", "clusters", "--conll", _training, "--output", _directory.File("c.tsv"), option, value);

        Assert.Equal(1, exit);
        Assert.Contains(option, errors);
        Assert.False(File.Exists(_directory.File("c.tsv")));
    }

    [Fact]
    public void Without_a_conll_file_it_is_a_usage_error()
    {
        var (exit, _, errors) = ConsoleCapture.Run("train", "clusters", "--output", _directory.File("c.tsv"));

        Assert.Equal(1, exit);
        Assert.Contains("--conll", errors);
    }

    private string Write(string name, string text)
    {
        File.WriteAllText(_directory.File(name), text);
        return _directory.File(name);
    }

    private string Cluster(string name, params string[] inputs)
    {
        var output = _directory.File(name);
        var (exit, _, errors) = ConsoleCapture.Run(["train", "clusters", .. inputs.SelectMany(input => new[] { "--conll", input }), "--output", output, "--clusters", "4"]);
        Assert.True(exit == 0, errors);
        return output;
    }
}
