using System.Text.Json;
using KnowledgeGraph.Cli.Tests.Support;

namespace KnowledgeGraph.Cli.Tests;

/// <summary><c>kg export</c> to graphology JSON, end to end: chosen by extension or by name, dated by the articles.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class JsonExportTests
{
    private const string Published = "2024-06-11";

    [Fact]
    public void An_output_file_ending_in_json_gets_a_graphology_graph_of_the_articles()
    {
        using var directory = new TemporaryDirectory();
        var database = IngestSummitArticle(directory);

        var (exit, _, errors) = ConsoleCapture.Run("export", "--db", database, "--output", directory.File("graph.json"));

        Assert.Equal(0, exit);
        Assert.Contains("Wrote JSON", errors);
        using var json = JsonDocument.Parse(File.ReadAllBytes(directory.File("graph.json")));
        Assert.Equal("directed", json.RootElement.GetProperty("options").GetProperty("type").GetString());
        var nodes = json.RootElement.GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("attributes")).ToList();
        var stoltenberg = nodes.Single(node => node.GetProperty("label").GetString() == "Jens Stoltenberg");
        Assert.Equal(Published, stoltenberg.GetProperty("first_seen").GetString());
        Assert.Equal(Published, stoltenberg.GetProperty("last_seen").GetString());
    }

    [Fact]
    public void Format_json_is_accepted_whatever_the_file_is_called()
    {
        using var directory = new TemporaryDirectory();
        var database = IngestSummitArticle(directory);

        var (exit, _, _) = ConsoleCapture.Run("export", "--db", database, "--format", "json", "--output", directory.File("graph.out"));

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(File.ReadAllBytes(directory.File("graph.out")));
        Assert.NotEqual(0, json.RootElement.GetProperty("nodes").GetArrayLength());
    }

    /// <summary>Ingests one dated Markdown article into a new database and returns the database's path.</summary>
    private static string IngestSummitArticle(TemporaryDirectory directory)
    {
        var articles = Path.Combine(directory.Path, "articles");
        Directory.CreateDirectory(articles);
        File.WriteAllText(
            Path.Combine(articles, "summit.md"),
            $"---\ntitle: Allies meet in Copenhagen\ndate: {Published}\n---\n\nNATO Secretary General Jens Stoltenberg met Prime Minister Mette Frederiksen in Copenhagen on Tuesday. Stoltenberg praised Denmark for its support.\n");
        var database = directory.File("graph.db");
        Assert.Equal(0, ConsoleCapture.Run("ingest", articles, "--db", database).Exit);
        return database;
    }
}
