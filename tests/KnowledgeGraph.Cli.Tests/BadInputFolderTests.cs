using System.Diagnostics;
using System.Text;
using KnowledgeGraph.Cli.Tests.Support;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// A folder as a scraper leaves it: empty, binary, mis-encoded, oversized, script-laden, malformed, unreadable and
/// dangling files beside three good articles. kg, run as a process, must store the good ones, report each bad one on
/// a line of its own, end with the documented exit code, never hang, and change nothing when run again.
/// </summary>
public sealed class BadInputFolderTests : IDisposable
{
    private const string ScriptMarker = "ZQXSCRIPTWORDS";
    private const string StyleMarker = "ZQXSTYLEWORDS";
    private const string NavigationMarker = "ZQXNAVWORDS";

    private static readonly string[] GoodArticles =
    [
        "Ferry link restored\n\nThe regional council of Nordland restored the ferry link to Værøy on Monday, the transport chief Ingrid Solberg said.",
        "Vineyards count the cost\n\nGrowers near Mendoza said frost destroyed a third of the harvest, according to the Argentine farm agency INTA.",
        "Library reopens\n\nThe city library of Ghent reopened after two years of repairs, mayor Mathias De Clercq told reporters on Friday.",
    ];

    private readonly TemporaryDirectory _directory = new();

    [Fact]
    public void Good_articles_are_stored_bad_files_are_reported_and_a_second_run_changes_nothing()
    {
        var folder = Path.Combine(_directory.Path, "scraped");
        var expectedReports = WriteFolder(folder);
        var database = _directory.File("scraped.db");

        var first = KgProcess.Run(new Dictionary<string, string>(), "ingest", folder, "--db", database);

        Assert.True(first.Exit == 2, $"exit {first.Exit}\n{first.Errors}");
        var reportLines = first.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.StartsWith("skipped: ", StringComparison.Ordinal) || line.StartsWith("warning: ", StringComparison.Ordinal))
            .ToList();
        foreach (var (file, reason) in expectedReports)
        {
            Assert.True(
                reportLines.Any(line => line.Contains(Path.Combine(folder, file), StringComparison.Ordinal) && line.Contains(reason, StringComparison.OrdinalIgnoreCase)),
                $"no report on {file} saying '{reason}' in:\n{first.Errors}");
        }

        Assert.Contains("skipped", first.Output, StringComparison.Ordinal);
        var texts = DocumentTexts(database);
        foreach (var good in GoodArticles)
        {
            Assert.Contains(texts, text => text.Contains(good.Split("\n\n")[1], StringComparison.Ordinal));
        }

        Assert.Contains(texts, text => text.Contains("Grégoire Doucet", StringComparison.Ordinal));
        Assert.Contains(texts, text => text.Contains("Zürich", StringComparison.Ordinal) && text.Contains('\uFFFD'));
        Assert.Contains(texts, text => text.Contains("Jonas Lind", StringComparison.Ordinal) && !text.Contains('\r') && !text.Contains('\uFEFF'));
        Assert.Contains(texts, text => text.Contains("Femke Visser", StringComparison.Ordinal));
        Assert.Contains(texts, text => text.Contains("Rui Lima", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, text => text.Contains(ScriptMarker, StringComparison.Ordinal) || text.Contains(StyleMarker, StringComparison.Ordinal) || text.Contains(NavigationMarker, StringComparison.Ordinal));
        Assert.True(Count(database, "SELECT count(*) FROM documents WHERE path LIKE '%huge-line.txt#part%'") >= 5);
        Assert.Equal(0, Count(database, "SELECT count(*) FROM documents WHERE path LIKE '%binary.txt%' OR path LIKE '%pipe.txt%' OR path LIKE '%dangling.txt%'"));
        Assert.Equal("ok", IntegrityCheck(database));

        var counts = Counts(database);
        var second = KgProcess.Run(new Dictionary<string, string>(), "ingest", folder, "--db", database);

        Assert.Equal(2, second.Exit);
        Assert.Equal(counts, Counts(database));
    }

    public void Dispose() => _directory.Dispose();

    /// <summary>Writes the folder; returns the reports expected: file name and a word of the reason.</summary>
    private static List<(string File, string Reason)> WriteFolder(string folder)
    {
        Directory.CreateDirectory(folder);
        for (var i = 0; i < GoodArticles.Length; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"good-{i + 1}.txt"), GoodArticles[i]);
        }

        var reports = new List<(string, string)>();
        File.WriteAllBytes(Path.Combine(folder, "empty.txt"), []);
        reports.Add(("empty.txt", "empty"));
        File.WriteAllBytes(Path.Combine(folder, "binary.txt"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]);
        reports.Add(("binary.txt", "binary"));

        byte[] latin1 = [.. Encoding.ASCII.GetBytes("Cafe owners meet\n\nThe mayor of Lyon, Gr"), 0xE9, .. Encoding.ASCII.GetBytes("goire Doucet, met caf"), 0xE9, .. Encoding.ASCII.GetBytes(" owners on Monday.")];
        File.WriteAllBytes(Path.Combine(folder, "latin1.txt"), latin1);
        reports.Add(("latin1.txt", "Windows-1252"));
        byte[] mixed = [.. Encoding.UTF8.GetBytes("Tram strike\n\nTram drivers in Zürich and Genève stopped work "), 0xFF, 0xFE, .. Encoding.UTF8.GetBytes(" on Tuesday, the union leader Lea Brunner said.")];
        File.WriteAllBytes(Path.Combine(folder, "mixed-utf8.txt"), mixed);
        reports.Add(("mixed-utf8.txt", "U+FFFD"));
        File.WriteAllBytes(Path.Combine(folder, "bom-crlf.txt"), [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("Premier visits Oslo\r\n\r\nThe premier Jonas Lind visited Oslo on Tuesday.\r\nHe met Erna Dahl.\r\n")]);

        // One line of a million characters: stored in bounded parts rather than extracted as one giant sentence.
        var words = new[] { "the", "harbour", "board", "met", "in", "Bergen", "and", "agreed", "new", "fees" };
        var line = new StringBuilder("Board minutes\n\n");
        for (var i = 0; line.Length < 1_000_000; i++)
        {
            line.Append(words[i % words.Length]).Append(' ');
        }

        File.WriteAllText(Path.Combine(folder, "huge-line.txt"), line.ToString());
        reports.Add(("huge-line.txt", "stored as"));

        File.WriteAllText(Path.Combine(folder, "page.html"), $"""
            <html><head><title>Port strike ends</title><script>var note = "{ScriptMarker}";</script>
            <style>.banner::after {"{"} content: "{StyleMarker}"; {"}"}</style></head>
            <body><nav><a href="/">Home</a> {NavigationMarker}</nav>
            <article><p>Dockworkers in Rotterdam ended their strike on Monday after talks with the port authority, union leader Femke Visser said.</p></article>
            <footer>All rights reserved</footer></body></html>
            """);
        File.WriteAllText(Path.Combine(folder, "feed.jsonl"), "{\"title\": \"Bridge\", \"text\": \"The mayor of Porto, Rui Lima, opened a bridge.\"}\n{\"text\": broken\n[1, 2]\n");
        reports.Add(("feed.jsonl#L2", "JSON"));
        reports.Add(("feed.jsonl#L3", "JSON object"));

        File.CreateSymbolicLink(Path.Combine(folder, "dangling.txt"), Path.Combine(folder, "gone", "away.txt"));
        reports.Add(("dangling.txt", "does not exist"));
        MakePipe(Path.Combine(folder, "pipe.txt"));
        reports.Add(("pipe.txt", "not a regular file"));

        var locked = Path.Combine(folder, "locked.txt");
        File.WriteAllText(locked, "Locked\n\nThe council of Tromsø met on Monday.");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(locked, UnixFileMode.None);
        }

        if (!IsRoot())
        {
            // Permissions do not stop root, who reads the file like any other.
            reports.Add(("locked.txt", "could not be read"));
        }

        return reports;
    }

    /// <summary>A named pipe with no writer: opening it for reading would wait for ever.</summary>
    private static void MakePipe(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path])!;
        Assert.True(mkfifo.WaitForExit(TimeSpan.FromSeconds(30)) && mkfifo.ExitCode == 0);
    }

    private static bool IsRoot() => OperatingSystem.IsWindows() || Environment.UserName == "root";

    private static List<string> DocumentTexts(string database)
    {
        using var connection = Open(database);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT text FROM documents";
        using var reader = command.ExecuteReader();
        var texts = new List<string>();
        while (reader.Read())
        {
            texts.Add(reader.GetString(0));
        }

        return texts;
    }

    private static string Counts(string database) => string.Join(
        ", ",
        new[] { "documents", "entities", "mentions", "relations", "evidence", "events", "quotes" }
            .Select(table => $"{table} {Count(database, $"SELECT count(*) FROM {table}")}"));

    private static long Count(string database, string sql)
    {
        using var connection = Open(database);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private static string IntegrityCheck(string database)
    {
        using var connection = Open(database);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }

    private static SqliteConnection Open(string database)
    {
        var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }
}
