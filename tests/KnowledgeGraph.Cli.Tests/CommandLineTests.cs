using KnowledgeGraph.Cli.Tests.Support;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>The documented exit codes and messages of the <c>kg</c> command, run in-process.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class CommandLineTests
{
    [Fact]
    public void Help_lists_every_command()
    {
        var (exit, output, _) = ConsoleCapture.Run("--help");
        Assert.Equal(0, exit);
        foreach (var command in new[] { "ingest", "export", "render", "build", "stats" })
        {
            Assert.Contains(command, output);
        }
    }

    [Fact]
    public void Unknown_command_is_a_usage_error()
    {
        var (exit, _, errors) = ConsoleCapture.Run("frobnicate");
        Assert.Equal(1, exit);
        Assert.Contains("frobnicate", errors);
    }

    [Fact]
    public void Ingest_of_a_missing_path_names_it_and_exits_with_input_problem()
    {
        using var directory = new TemporaryDirectory();
        var missing = directory.File("no-such-folder");
        var (exit, _, errors) = ConsoleCapture.Run("ingest", missing, "--db", directory.File("x.db"));
        Assert.Equal(2, exit);
        Assert.Contains("no-such-folder", errors);
    }

    [Fact]
    public void Export_from_a_missing_database_says_so()
    {
        using var directory = new TemporaryDirectory();
        var (exit, _, errors) = ConsoleCapture.Run("export", "--db", directory.File("absent.db"), "--format", "dot");
        Assert.Equal(2, exit);
        Assert.Contains("absent.db", errors);
        Assert.False(File.Exists(directory.File("absent.db")));
    }

    [Fact]
    public void Export_without_a_format_or_known_extension_is_a_usage_error()
    {
        using var directory = new TemporaryDirectory();
        var (exit, _, errors) = ConsoleCapture.Run("export", "--db", directory.File("x.db"), "--output", directory.File("graph.txt"));
        Assert.Equal(1, exit);
        Assert.Contains("--format", errors);
    }

    [Fact]
    public void Ingest_reports_each_unusable_file_stores_the_good_ones_and_exits_with_input_problem()
    {
        using var directory = new TemporaryDirectory();
        var articles = Path.Combine(directory.Path, "articles");
        Directory.CreateDirectory(articles);
        File.WriteAllText(Path.Combine(articles, "good.txt"), "Ferry resumes\n\nJoost Peeters said the ferry to Antwerp sails again on Monday.\n");
        File.WriteAllBytes(Path.Combine(articles, "photo.txt"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A]);
        File.WriteAllText(Path.Combine(articles, "empty.md"), "   \n");
        var database = directory.File("graph.db");

        var (exit, output, errors) = ConsoleCapture.Run("ingest", articles, "--db", database);

        Assert.Equal(2, exit);
        Assert.Contains("photo.txt", errors);
        Assert.Contains("empty.md", errors);
        Assert.Contains("Ingested 1 new document", output);
    }

    [Fact]
    public void Ingest_then_export_and_stats_work_on_a_small_folder()
    {
        using var directory = new TemporaryDirectory();
        var articles = Path.Combine(directory.Path, "articles");
        Directory.CreateDirectory(articles);
        File.WriteAllText(Path.Combine(articles, "harbour.txt"), "Harbour strike spreads\n\nUnion leader Marleen Vos said on Monday that dockers in Rotterdam would stay out. Vos met Transport Minister Joost Peeters in The Hague.\n");
        var database = directory.File("graph.db");

        Assert.Equal(0, ConsoleCapture.Run("ingest", articles, "--db", database).Exit);
        Assert.Equal(0, ConsoleCapture.Run("export", "--db", database, "--output", directory.File("graph.graphml")).Exit);
        var (exit, output, _) = ConsoleCapture.Run("stats", "--db", database);

        Assert.Equal(0, exit);
        Assert.Contains("documents", output);
        Assert.Contains("<graphml", File.ReadAllText(directory.File("graph.graphml")));
        Assert.Contains("Marleen Vos", File.ReadAllText(directory.File("graph.graphml")));
    }
}

/// <summary>Tests that swap the process-wide console writers must not run in parallel with each other.</summary>
[CollectionDefinition(nameof(ConsoleCollection), DisableParallelization = true)]
public sealed class ConsoleCollection
{
}
