using System.Text;
using KnowledgeGraph.Extraction.Ingest;

namespace KnowledgeGraph.Extraction.Tests.Ingest;

public sealed class ArticleSourceTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("kg-ingest-tests-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string Write(string relativePath, string content) => Write(relativePath, Encoding.UTF8.GetBytes(content));

    private string Write(string relativePath, byte[] content)
    {
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    [Fact]
    public void Walks_directories_recursively_in_ordinal_order_and_keeps_only_supported_files()
    {
        Write("b.txt", "b");
        Write("a/z.md", "z");
        Write("a/deeper/x.HTML", "x");
        Write("a/feed.jsonl", "{}");
        Write("a/notes.markdown", "n");
        Write("a/page.htm", "p");
        Write("a/image.png", "not an article");
        Write("a/.hidden/secret.txt", "hidden");
        Write("C.txt", "c");
        var problems = new List<ReadProblem>();

        var files = ArticleSource.ExpandPaths([root], problems);

        Assert.Empty(problems);
        Assert.Equal(
            new[] { "C.txt", "a/deeper/x.HTML", "a/feed.jsonl", "a/notes.markdown", "a/page.htm", "a/z.md", "b.txt" }
                .Select(relative => Path.Combine(root, relative)),
            files);
    }

    [Fact]
    public void Reports_missing_paths_and_unsupported_named_files_and_lists_each_file_once()
    {
        var story = Write("story.txt", "text");
        var pdf = Write("report.pdf", "%PDF");
        var missing = Path.Combine(root, "nowhere.txt");
        var problems = new List<ReadProblem>();

        var files = ArticleSource.ExpandPaths([story, missing, pdf, root, story], problems);

        Assert.Equal([story], files);
        Assert.Equal(2, problems.Count);
        Assert.Equal(missing, problems[0].Path);
        Assert.True(problems[0].Skipped);
        Assert.Equal(pdf, problems[1].Path);
        Assert.Contains(".pdf", problems[1].Reason);
    }

    [Fact]
    public void A_directory_link_back_up_the_tree_does_not_loop()
    {
        Write("a/story.txt", "text");
        try
        {
            Directory.CreateSymbolicLink(Path.Combine(root, "a", "loop"), root);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            return; // Links cannot be made here; nothing to test.
        }

        var files = ArticleSource.ExpandPaths([root], new List<ReadProblem>());

        Assert.Equal([Path.Combine(root, "a", "story.txt")], files);
    }

    [Fact]
    public void Reads_a_file_with_the_reader_its_extension_selects()
    {
        var path = Write("story.md", "---\ntitle: Port reopens\n---\r\n# Port reopens\r\nShips docked.\r\n");

        var result = ArticleSource.ReadFile(path);

        var article = Assert.Single(result.Articles);
        Assert.Equal(path, article.Path);
        Assert.Equal("Port reopens", article.Title);
        Assert.Equal("Port reopens\nShips docked.\n", article.Text);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Reading_reports_a_repair_alongside_the_article()
    {
        var path = Write("old.txt", [.. Encoding.ASCII.GetBytes("Caf"), 0xE9, .. Encoding.ASCII.GetBytes(" reopens")]);

        var result = ArticleSource.ReadFile(path);

        Assert.Equal("Café reopens", Assert.Single(result.Articles).Text);
        Assert.False(Assert.Single(result.Problems).Skipped);
    }

    [Fact]
    public void Reading_never_throws_for_missing_binary_or_empty_files()
    {
        var binary = Write("blob.txt", [1, 2, 0, 3]);
        var empty = Write("empty.md", " \n");

        foreach (var path in new[] { Path.Combine(root, "gone.txt"), binary, empty, Path.Combine(root, "x.pdf") })
        {
            var result = ArticleSource.ReadFile(path);
            Assert.Empty(result.Articles);
            var problem = Assert.Single(result.Problems);
            Assert.Equal(path, problem.Path);
            Assert.True(problem.Skipped);
        }
    }

    [Fact]
    public void Reading_a_json_lines_file_whose_reader_used_to_throw_reports_the_bad_line()
    {
        var path = Write("feed.jsonl", "{\"text\": \"Half \\ud800 pair.\"}\n{\"text\": \"The pier reopened.\"}\n");

        var result = ArticleSource.ReadFile(path);

        Assert.Equal("The pier reopened.", Assert.Single(result.Articles).Text);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(path + "#L1", problem.Path);
        Assert.True(problem.Skipped);
    }

    [Fact]
    public void A_named_markdown_file_with_the_long_extension_is_found()
    {
        var notes = Write("notes.markdown", "# Harbour notes");
        var upper = Write("LOUD.MARKDOWN", "# Loud notes");
        var problems = new List<ReadProblem>();

        var files = ArticleSource.ExpandPaths([notes, upper], problems);

        Assert.Empty(problems);
        Assert.Equal([upper, notes], files);
    }

    [Fact]
    public void An_unsupported_named_file_is_told_every_supported_extension()
    {
        var pdf = Write("report.pdf", "%PDF");
        var problems = new List<ReadProblem>();

        ArticleSource.ExpandPaths([pdf], problems);

        var problem = Assert.Single(problems);
        Assert.All(ArticleFormats.SupportedExtensions, extension => Assert.Contains(extension, problem.Reason));
    }

    // root/loop -> root and root/harbour/back -> ../loop/harbour: resolving only the last link lexically walked
    // "harbour" again and again under ever longer paths.
    [UnixOnlyFact]
    public void Directory_links_found_while_walking_are_not_followed()
    {
        var story = Write("harbour/story.txt", "The pier reopened.");
        var loop = Path.Combine(root, "loop");
        var back = Path.Combine(root, "harbour", "back");
        Directory.CreateSymbolicLink(loop, root);
        Directory.CreateSymbolicLink(back, Path.Combine("..", "loop", "harbour"));
        var problems = new List<ReadProblem>();

        var files = ArticleSource.ExpandPaths([root], problems);

        Assert.Equal([story], files);
        Assert.Equal([back, loop], problems.Select(problem => problem.Path).Order(StringComparer.Ordinal));
        Assert.All(problems, problem => Assert.True(problem.Skipped));
    }

    [UnixOnlyFact]
    public void A_directory_link_named_by_the_user_is_walked()
    {
        var story = Write("harbour/story.txt", "The pier reopened.");
        var link = Path.Combine(root, "port");
        Directory.CreateSymbolicLink(link, Path.Combine(root, "harbour"));
        var problems = new List<ReadProblem>();

        var files = ArticleSource.ExpandPaths([link], problems);

        Assert.Empty(problems);
        Assert.Equal([Path.Combine(link, "story.txt")], files);
    }

    [UnixOnlyFact]
    public void A_file_link_is_read_and_a_dangling_link_is_a_problem_naming_the_link()
    {
        var story = Write("harbour/story.txt", "The pier reopened.");
        var fileLink = Path.Combine(root, "latest.txt");
        var dangling = Path.Combine(root, "gone.txt");
        File.CreateSymbolicLink(fileLink, story);
        File.CreateSymbolicLink(dangling, Path.Combine(root, "nowhere.txt"));
        var problems = new List<ReadProblem>();

        var files = ArticleSource.ExpandPaths([root], problems);

        Assert.Equal([story, fileLink], files);
        var problem = Assert.Single(problems);
        Assert.Equal(dangling, problem.Path);
        Assert.True(problem.Skipped);
        Assert.Equal("The pier reopened.", Assert.Single(ArticleSource.ReadFile(fileLink).Articles).Text);
    }
}
