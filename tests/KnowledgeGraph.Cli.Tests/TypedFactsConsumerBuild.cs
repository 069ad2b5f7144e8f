using KnowledgeGraph.Cli.Pipeline;
using KnowledgeGraph.Cli.Tests.Support;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// Two invented, dated reports of one ministerial meeting, built once with <c>kg build</c> into a temporary folder:
/// enough for typed relations (a title, a meeting between two people, a byline), a dated event and an undated one,
/// and relations supported by different numbers of sentences. What the exports must say is read from the database
/// the same build wrote, so the tests check the path from the tables to each reader, not what extraction finds.
/// </summary>
public sealed class TypedFactsConsumerBuild : IDisposable
{
    private const string FirstReport = """
        ---
        title: Fisheries ministers meet over mackerel quotas
        date: 2025-04-16
        source: Harbour Times
        ---

        By Lena Dahl

        Norwegian Fisheries Minister Ingrid Holm met Iceland's Foreign Minister Petur Gunnarsson in Oslo on Tuesday to settle a dispute over mackerel quotas. Holm said the meeting had been "frank and useful." Gunnarsson, who also met Prime Minister Erik Sande, said Iceland wanted a deal before summer.
        """;

    private const string SecondReport = """
        ---
        title: Quota talks end without a deal
        date: 2025-04-17
        source: North Sea Post
        ---

        Iceland's Foreign Minister Petur Gunnarsson left Oslo on Wednesday after his meeting with Norwegian Fisheries Minister Ingrid Holm ended without an agreement. "We will keep talking," Holm said. Gunnarsson met Holm again in Oslo later that day.
        """;

    private readonly TemporaryDirectory _directory = new();

    public TypedFactsConsumerBuild()
    {
        var articles = Path.Combine(_directory.Path, "articles");
        Directory.CreateDirectory(articles);
        File.WriteAllText(Path.Combine(articles, "talks.md"), FirstReport + "\n");
        File.WriteAllText(Path.Combine(articles, "followup.md"), SecondReport + "\n");
        // No SVG: the tests run Graphviz themselves, and the build must not depend on it being installed.
        (Exit, _, Errors) = ConsoleCapture.Run("build", articles, "--out", _directory.Path, "--no-svg");
    }

    public int Exit { get; }

    public string Errors { get; }

    /// <summary>Evidence rows per relation, keyed by the relation's export id ("e7"), in relation id order.</summary>
    public IReadOnlyList<(string EdgeId, int Count)> EvidenceCounts =>
        Query("SELECT r.id, (SELECT count(*) FROM evidence v WHERE v.relation_id = r.id) FROM relations r ORDER BY r.id")
            .Select(row => ("e" + row[0], int.Parse(row[1]!, System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();

    /// <summary>Kind and label (null when none) of every relation, in relation id order, which is the export order.</summary>
    public IReadOnlyList<(string Kind, string? Label)> Relations =>
        Query("SELECT kind, label FROM relations ORDER BY id").Select(row => (row[0]!, row[1])).ToList();

    /// <summary>
    /// The event attributes each node must carry, keyed by its export id ("n5"), as "name=value" joined by "|" in the
    /// order the exporters write them, each only when the <c>events</c> row has it: empty for every other entity.
    /// </summary>
    public IReadOnlyDictionary<string, string> EventAttributes =>
        Query("""
            SELECT e.id, ev.event_type, ev.date, ev.date_precision, ev.date_basis
            FROM entities e LEFT JOIN events ev ON ev.entity_id = e.id
            ORDER BY e.id
            """)
            .ToDictionary(
                row => "n" + row[0],
                row => string.Join(
                    "|",
                    new[] { ("event_type", row[1]), ("event_date", row[2]), ("date_precision", row[3]), ("date_basis", row[4]) }
                        .Where(pair => pair.Item2 is not null)
                        .Select(pair => pair.Item1 + "=" + pair.Item2)));

    /// <summary>Stored event dates by the export id of their event.</summary>
    public IReadOnlyDictionary<string, string> EventDates =>
        Query("SELECT entity_id, date FROM events WHERE date IS NOT NULL").ToDictionary(row => "n" + row[0], row => row[1]!);

    /// <summary>The bytes of the export ending in <paramref name="extension"/> that kg build wrote.</summary>
    public byte[] Export(string extension) => File.ReadAllBytes(_directory.File(BuildService.BaseName + extension));

    public void Dispose() => _directory.Dispose();

    private List<string?[]> Query(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_directory.File(BuildService.DatabaseFileName)};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string?[]>();
        while (reader.Read())
        {
            var row = new string?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
            }

            rows.Add(row);
        }

        return rows;
    }
}
