using KnowledgeGraph.Cli.Pipeline;
using KnowledgeGraph.Cli.Tests.Support;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// One plain-text article whose names hold the characters that break graph files (<c>&amp;</c>, <c>&lt;</c>,
/// <c>&gt;</c>, <c>"</c>, <c>\</c>, a trailing backslash, control characters inside words), built once with
/// <c>kg build</c> into a temporary folder.
/// </summary>
/// <remarks>
/// The names are those the tagger really keeps: a double quote inside a word (O"Neil) survives while quotes around a
/// name end it; control characters are dropped by the cleaner before tagging, so "Jean␇Luc" is stored as "JeanLuc",
/// and the test that no stored name holds one proves that. The quoted company name puts <c>"</c> in the evidence.
/// </remarks>
public sealed class HostileArticleBuild : IDisposable
{
    public const string Article =
        "Smith & <Sons> Holdings said on Monday that Marleen Vos of O\"Neil Industries would join the Backslash\\Works Foundation in Rotterdam.\n"
        + "Tom\u001B\u0001s & Partners\\ hired Jean\u0007Luc Martin, who met Marleen Vos in Berlin, a \"Smith & <Sons> Holdings\" spokesman said.\n";

    private readonly TemporaryDirectory _directory = new();

    public HostileArticleBuild()
    {
        var articles = Path.Combine(_directory.Path, "articles");
        Directory.CreateDirectory(articles);
        File.WriteAllText(Path.Combine(articles, "hostile.txt"), Article);
        // No SVG: the tests run dot and sfdp themselves, and the build must not depend on Graphviz being installed.
        (Exit, _, Errors) = ConsoleCapture.Run("build", articles, "--out", _directory.Path, "--no-svg");
    }

    public int Exit { get; }

    public string Errors { get; }

    /// <summary>The entity names as stored, in id order.</summary>
    public IReadOnlyList<string> Names => Query("SELECT name FROM entities ORDER BY id");

    /// <summary>The text of every evidence sentence as stored.</summary>
    public IReadOnlyList<string> EvidenceTexts => Query("SELECT text FROM evidence_view");

    public int RelationCount => Query("SELECT id FROM relations").Count;

    /// <summary>The bytes of the export ending in <paramref name="extension"/> that kg build wrote.</summary>
    public byte[] Export(string extension) => File.ReadAllBytes(_directory.File(BuildService.BaseName + extension));

    public void Dispose() => _directory.Dispose();

    private List<string> Query(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_directory.File(BuildService.DatabaseFileName)};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetValue(0).ToString()!);
        }

        return values;
    }
}
