using KnowledgeGraph.Extraction.Ner.Clusters;

namespace KnowledgeGraph.Extraction.Tests.Ner.Clusters;

public class WordClustersTests
{
    private static readonly WordClusters Sample = new(
        [
            new ClusteredWord("0110", "Tuesday", 150),
            new ClusteredWord("0110", "Monday", 206),
            new ClusteredWord("01", "the", 9127),
            new ClusteredWord("111", "Smith", 10),
            new ClusteredWord("0111", "Friday", 180),
        ],
        "made for a test");

    [Fact]
    public void A_file_is_a_header_comment_then_lines_sorted_by_path_then_word()
    {
        Assert.Equal(
            "# made for a test\n" +
            "01\tthe\t9127\n" +
            "0110\tMonday\t206\n" +
            "0110\tTuesday\t150\n" +
            "0111\tFriday\t180\n" +
            "111\tSmith\t10\n",
            Written(Sample));
    }

    [Fact]
    public void What_is_written_reads_back_the_same()
    {
        var read = WordClusters.Read(new StringReader(Written(Sample)));

        Assert.Equal(Sample.Words, read.Words);
        Assert.Equal(Sample.Description, read.Description);
        Assert.Equal(Written(Sample), Written(read));
    }

    [Fact]
    public void Induced_clusters_survive_a_round_trip()
    {
        var clusters = BrownClustering.Induce(
            [["the", "cat", "sat"], ["the", "dog", "sat"], ["a", "cat", "ran"], ["a", "dog", "ran"]],
            new BrownClusteringOptions(ClusterCount: 3));

        var read = WordClusters.Read(new StringReader(Written(clusters)));

        Assert.Equal(clusters.Words, read.Words);
        Assert.Equal(clusters.Description, read.Description);
    }

    [Fact]
    public void Paths_are_found_for_the_exact_word_form_only()
    {
        Assert.Equal("0110", Sample.PathOf("Monday"));
        Assert.Null(Sample.PathOf("monday"));
        Assert.Null(Sample.PathOf("Wednesday"));
        Assert.Equal(5, Sample.Count);
    }

    [Fact]
    public void Reading_skips_blank_lines_and_later_comments()
    {
        var read = WordClusters.Read(new StringReader("# first\n\n0\ta\t3\n# second\r\n1\tb\t4\n"));

        Assert.Equal("first", read.Description);
        Assert.Equal([new ClusteredWord("0", "a", 3), new ClusteredWord("1", "b", 4)], read.Words);
    }

    [Theory]
    [InlineData("0\ta\n")]
    [InlineData("0\ta\tthree\n")]
    [InlineData("02\ta\t3\n")]
    [InlineData("0\t\t3\n")]
    [InlineData("0\ta\t3\textra\n")]
    [InlineData("0\ta\t3\n1\ta\t4\n")]
    public void A_malformed_file_is_refused(string text) =>
        Assert.Throws<FormatException>(() => WordClusters.Read(new StringReader(text)));

    [Fact]
    public void Words_that_could_not_be_written_back_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new WordClusters([new ClusteredWord("0", "a\tb", 1)], ""));
        Assert.Throws<ArgumentException>(() => new WordClusters([new ClusteredWord("0", "", 1)], ""));
        Assert.Throws<ArgumentException>(() => new WordClusters([new ClusteredWord("2", "a", 1)], ""));
        Assert.Throws<ArgumentException>(() => new WordClusters([new ClusteredWord("0", "a", 1), new ClusteredWord("1", "a", 1)], ""));
    }

    [Fact]
    public void A_description_spanning_lines_is_written_as_one_comment_line()
    {
        var clusters = new WordClusters([new ClusteredWord("0", "a", 1)], "first\nsecond");

        Assert.Equal("# first second\n0\ta\t1\n", Written(clusters));
    }

    private static string Written(WordClusters clusters)
    {
        var writer = new StringWriter();
        clusters.Write(writer);
        return writer.ToString();
    }
}
