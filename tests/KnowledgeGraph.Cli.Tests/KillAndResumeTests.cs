using System.Globalization;
using KnowledgeGraph.Cli.Tests.Support;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// An ingest killed with SIGKILL at any moment leaves a database that passes SQLite's integrity check, and running
/// the same ingest again completes it to exactly what one uninterrupted run gives. The ingest runs as a process of
/// its own, killed after growing delays, so that some kills land before, some during and some after a batch commits.
/// </summary>
public sealed class KillAndResumeTests
{
    private const int ArticleCount = 200;

    private static readonly string[] Towns = ["Varnholm", "Kessel", "Oslo", "Bergen", "Tromsø", "Lisbon", "Porto", "Gdańsk", "Antwerp", "Hamburg"];
    private static readonly string[] GivenNames = ["Ingrid", "Tomas", "Lucía", "Pieter", "Ana", "Jonas", "Marta", "Henrik", "Sofie", "Rafael"];
    private static readonly string[] Surnames = ["Solberg", "Aalto", "Ferreira", "de Vries", "Nowak", "Lindqvist", "Moreau", "Hansen", "Castro", "Brandt"];

    [Fact]
    public void An_ingest_killed_at_any_moment_resumes_to_what_a_clean_run_gives()
    {
        using var directory = new TemporaryDirectory();
        var articles = Path.Combine(directory.Path, "articles");
        WriteArticles(articles);
        var clean = Path.Combine(directory.Path, "clean.db");
        var resumed = Path.Combine(directory.Path, "resumed.db");
        Assert.Equal(0, Ingest(articles, clean).Exit);

        // The first run dies as soon as the database file appears, before it can have stored an article; each later one
        // as soon as it has stored more than the run before, right after a batch commits and while the next is written.
        KillAfter(articles, resumed, until: () => File.Exists(resumed));
        var interruptedMidway = 0;
        for (var round = 0; round < 3; round++)
        {
            var before = Count(resumed, "documents");
            KillAfter(articles, resumed, until: () => Count(resumed, "documents") > before);
            Assert.Equal("ok", IntegrityCheck(resumed));
            var stored = Count(resumed, "documents");
            interruptedMidway += stored is > 0 and < ArticleCount ? 1 : 0;
        }

        Assert.Equal(0, Ingest(articles, resumed).Exit);

        Assert.Equal("ok", IntegrityCheck(resumed));
        Assert.Equal(ArticleCount, Count(resumed, "documents"));
        Assert.Equal(DatabaseDump.Of(clean), DatabaseDump.Of(resumed));
        Assert.True(interruptedMidway > 0, "no kill landed while the ingest was half done; the test proved nothing about resuming");

        // And once complete, running it again changes nothing.
        Assert.Equal(0, Ingest(articles, resumed).Exit);
        Assert.Equal(DatabaseDump.Of(clean), DatabaseDump.Of(resumed));
    }

    /// <summary>
    /// Starts an ingest and kills it (SIGKILL) as soon as <paramref name="until"/> holds, or lets it finish. Its
    /// output is drained as it comes, so a full pipe can never stall it, and two minutes bound the whole wait.
    /// </summary>
    private static void KillAfter(string articles, string database, Func<bool> until)
    {
        using var process = KgProcess.Start(new Dictionary<string, string>(), "ingest", articles, "--db", database);
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!process.HasExited && !Holds(until))
        {
            Assert.True(DateTime.UtcNow < deadline, "the ingest neither finished nor reached the point to kill it within two minutes");
            Thread.Sleep(5);
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
        if (File.Exists(database))
        {
            Assert.Equal("ok", IntegrityCheck(database));
        }
    }

    /// <summary>A condition read from a database another process is creating: not yet readable counts as not yet.</summary>
    private static bool Holds(Func<bool> condition)
    {
        try
        {
            return condition();
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    private static (int Exit, string Output, string Errors) Ingest(string articles, string database) =>
        KgProcess.Run(new Dictionary<string, string>(), "ingest", articles, "--db", database);

    /// <summary>Invented council reports, each with its own people, towns and bodies, long enough to keep kg busy.</summary>
    private static void WriteArticles(string folder)
    {
        Directory.CreateDirectory(folder);
        for (var i = 0; i < ArticleCount; i++)
        {
            var town = Towns[i % Towns.Length];
            var mayor = $"{GivenNames[i % GivenNames.Length]} {Surnames[(i / 10) % Surnames.Length]}";
            var guest = $"{GivenNames[(i + 3) % GivenNames.Length]} {Surnames[(i + 7) % Surnames.Length]}";
            var body = $"{Towns[(i + 1) % Towns.Length]} Harbour Authority";
            var paragraphs = Enumerable.Range(0, 12).Select(p => string.Create(
                CultureInfo.InvariantCulture,
                $"Mayor {mayor} met {guest} of the {body} in {town} on day {p + 1} of the talks. {guest.Split(' ')[^1]} said the {body} would publish figures on berth fees, and {mayor.Split(' ')[^1]} told reporters in {town} that report number {i} was due."));
            File.WriteAllText(
                Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"report-{i:D3}.txt")),
                string.Create(CultureInfo.InvariantCulture, $"Council report {i}: {town} talks continue\n\n") + string.Join("\n\n", paragraphs));
        }
    }

    private static string IntegrityCheck(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }

    private static long Count(string database, string table)
    {
        if (!File.Exists(database))
        {
            return 0;
        }

        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        // A kill before the schema was written leaves a file without the table: nothing stored yet.
        command.CommandText = $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}'";
        if ((long)command.ExecuteScalar()! == 0)
        {
            return 0;
        }

        command.CommandText = $"SELECT count(*) FROM {table}";
        return (long)command.ExecuteScalar()!;
    }
}
