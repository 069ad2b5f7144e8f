using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Cli.Tests.Support;

namespace KnowledgeGraph.Cli.Tests;

/// <summary><c>kg query</c> on the seed database: rows in every format, and SQL that would write refused before it runs.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class QueryCommandTests(SeedDatabaseFixture seeds) : IClassFixture<SeedDatabaseFixture>
{
    private const string TopEntities = "SELECT id, name, kind, mention_count FROM entities ORDER BY mention_count DESC, id LIMIT 5";

    public static TheoryData<string> WritingStatements => new()
    {
        "DELETE FROM entities",
        "UPDATE entities SET name = 'renamed'",
        "INSERT INTO entities (kind, name, mention_count, document_count) VALUES ('person', 'Nobody', 0, 0)",
        "DROP TABLE quotes",
        "CREATE TABLE scratch (x)",
        "ATTACH DATABASE ':memory:' AS scratch",
        "PRAGMA journal_mode = DELETE",
        "PRAGMA query_only = OFF",
        "SELECT 1; DELETE FROM entities",
        "SELECT 1; SELECT 2",
        "VACUUM",
    };

    [SharedDataTheory]
    [MemberData(nameof(WritingStatements))]
    public void A_statement_that_could_write_is_refused_with_exit_5_and_the_file_is_unchanged(string sql)
    {
        var (bytes, entities) = (FileDigest(), EntityCount());

        var (exit, output, errors) = ConsoleCapture.Run("query", "--db", seeds.DatabasePath, sql);

        Assert.Equal(5, exit);
        Assert.Equal(string.Empty, output);
        var line = Assert.Single(errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("kg: error: ", line);
        Assert.Contains("Nothing was run", line);
        Assert.Equal(bytes, FileDigest());
        Assert.Equal(entities, EntityCount());
    }

    [SharedDataTheory]
    [InlineData("PRAGMA journal_mode", "wal")]
    [InlineData("PRAGMA user_version", "3")]
    [InlineData("PRAGMA encoding", "UTF-8")]
    public void A_pragma_that_only_reports_runs(string sql, string expected)
    {
        var (exit, output, errors) = ConsoleCapture.Run("query", "--db", seeds.DatabasePath, sql, "--format", "csv");

        Assert.True(exit == 0, errors);
        Assert.Equal(expected, ParseCsv(output)[1][0]);
    }

    [SharedDataFact]
    public void Csv_has_a_header_and_the_rows_sqlite_returns()
    {
        var (exit, output, _) = ConsoleCapture.Run("query", "--db", seeds.DatabasePath, TopEntities, "--format", "csv");

        Assert.Equal(0, exit);
        Assert.EndsWith("\r\n", output);
        var records = ParseCsv(output);
        Assert.Equal(["id", "name", "kind", "mention_count"], records[0]);
        Assert.Equal(Expected(TopEntities), records.Skip(1).Select(record => string.Join("|", record)));
    }

    [SharedDataFact]
    public void Csv_quotes_commas_quotes_and_line_breaks_and_leaves_null_empty()
    {
        var (exit, output, _) = ConsoleCapture.Run("query", "--db", seeds.DatabasePath, "SELECT 'a,b' AS x, 'say \"hi\"' AS y, 'two' || char(10) || 'lines' AS z, NULL AS n", "-f", "csv");

        Assert.Equal(0, exit);
        Assert.Equal("x,y,z,n\r\n\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n", output);
        Assert.Equal(["a,b", "say \"hi\"", "two\nlines", ""], ParseCsv(output)[1]);
    }

    [SharedDataFact]
    public void Json_is_an_array_of_objects_with_the_rows_sqlite_returns()
    {
        var (exit, output, _) = ConsoleCapture.Run("query", "--db", seeds.DatabasePath, TopEntities, "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.All(rows, row => Assert.Equal(JsonValueKind.Number, row.GetProperty("id").ValueKind));
        Assert.All(rows, row => Assert.Equal(JsonValueKind.String, row.GetProperty("name").ValueKind));
        Assert.Equal(Expected(TopEntities), rows.Select(row =>
            $"{row.GetProperty("id").GetInt64()}|{row.GetProperty("name").GetString()}|{row.GetProperty("kind").GetString()}|{row.GetProperty("mention_count").GetInt64()}"));
    }

    [SharedDataFact]
    public void Json_keeps_each_value_type_and_writes_blobs_as_base64()
    {
        var (exit, output, _) = ConsoleCapture.Run("query", "--db", seeds.DatabasePath, "SELECT 42 AS i, 2.5 AS r, 'Tomás' AS s, NULL AS n, x'00ff10' AS b", "-f", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var row = Assert.Single(json.RootElement.EnumerateArray().ToList());
        Assert.Equal(42, row.GetProperty("i").GetInt64());
        Assert.Equal("42", row.GetProperty("i").GetRawText());
        Assert.Equal(2.5, row.GetProperty("r").GetDouble());
        Assert.Equal("Tomás", row.GetProperty("s").GetString());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("n").ValueKind);
        Assert.Equal(new byte[] { 0x00, 0xff, 0x10 }, row.GetProperty("b").GetBytesFromBase64());
    }

    [SharedDataFact]
    public void Json_of_no_rows_is_an_empty_array()
    {
        var (exit, output, _) = ConsoleCapture.Run("query", "--db", seeds.DatabasePath, "SELECT id FROM entities WHERE 0", "-f", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(0, json.RootElement.GetArrayLength());
    }

    [SharedDataFact]
    public void Repeated_column_names_get_json_keys_no_other_column_has()
    {
        var (exit, output, _) = ConsoleCapture.Run("query", "--db", seeds.DatabasePath, "SELECT 1 AS id, 2 AS id, 3 AS id_2", "-f", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(["id", "id_3", "id_2"], json.RootElement[0].EnumerateObject().Select(property => property.Name));
        Assert.Equal([1, 2, 3], json.RootElement[0].EnumerateObject().Select(property => property.Value.GetInt32()));
    }

    [SharedDataFact]
    public void A_value_too_large_or_a_pragma_refused_while_running_gets_a_documented_exit_code()
    {
        Assert.Equal(2, ConsoleCapture.Run("query", "--db", seeds.DatabasePath, "SELECT randomblob(2000000000)", "-f", "csv").Exit);
        Assert.Equal(5, ConsoleCapture.Run("query", "--db", seeds.DatabasePath, "SELECT * FROM pragma_optimize", "-f", "csv").Exit);
    }

    [SharedDataFact]
    public void The_default_table_is_aligned_plain_text_with_the_rows_when_redirected()
    {
        var (exit, output, _) = ConsoleCapture.Run("query", "--db", seeds.DatabasePath, TopEntities);

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r')).ToArray();
        Assert.Matches(@"^id\s+name\s+kind\s+mention_count$", lines[0]);
        var kindColumn = lines[0].IndexOf("kind", StringComparison.Ordinal);
        Assert.Equal(Expected(TopEntities), lines.Skip(1).Select(line =>
            string.Join("|", line[..kindColumn].Trim().Split(' ', 2).Select(cell => cell.Trim()).Concat(line[kindColumn..].Split(' ', StringSplitOptions.RemoveEmptyEntries)))));
    }

    [SharedDataFact]
    public void A_dash_reads_the_sql_from_standard_input()
    {
        var original = Console.In;
        Console.SetIn(new StringReader("SELECT count(*) AS n\nFROM entities;\n"));
        try
        {
            var (exit, output, _) = ConsoleCapture.Run("query", "--db", seeds.DatabasePath, "-", "-f", "csv");

            Assert.Equal(0, exit);
            Assert.Equal($"n\r\n{EntityCount()}\r\n", output);
        }
        finally
        {
            Console.SetIn(original);
        }
    }

    [SharedDataFact]
    public void A_syntax_error_shows_sqlites_message_with_exit_2()
    {
        var (exit, output, errors) = ConsoleCapture.Run("query", "--db", seeds.DatabasePath, "SELEC name FROM entities");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal("kg: error: the SQL could not run: near \"SELEC\": syntax error", errors.Trim());
    }

    [SharedDataFact]
    public void An_unknown_table_shows_sqlites_message_with_exit_2()
    {
        var (exit, _, errors) = ConsoleCapture.Run("query", "--db", seeds.DatabasePath, "SELECT * FROM no_such_table");

        Assert.Equal(2, exit);
        Assert.Contains("no such table: no_such_table", errors);
    }

    [Fact]
    public void A_missing_database_is_reported_like_other_commands_with_exit_2()
    {
        using var directory = new TemporaryDirectory();
        var missing = directory.File("missing.db");

        var (exit, _, errors) = ConsoleCapture.Run("query", "--db", missing, "SELECT 1");
        var (statsExit, _, statsErrors) = ConsoleCapture.Run("stats", "--db", missing);

        Assert.Equal(2, exit);
        Assert.Equal(statsExit, exit);
        Assert.Equal(statsErrors, errors);
        Assert.False(File.Exists(missing));
    }

    private string FileDigest()
    {
        var digest = new StringBuilder(Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(seeds.DatabasePath))));
        var wal = seeds.DatabasePath + "-wal";
        if (File.Exists(wal))
        {
            digest.Append('+').Append(Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(wal))));
        }

        return digest.ToString();
    }

    private long EntityCount()
    {
        using var connection = seeds.OpenReadOnly();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM entities";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>The rows as SQLite returns them to a connection of our own, each as its values joined with '|'.</summary>
    private List<string> Expected(string sql)
    {
        using var connection = seeds.OpenReadOnly();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(column => Convert.ToString(reader.GetValue(column), System.Globalization.CultureInfo.InvariantCulture))));
        }

        Assert.NotEmpty(rows);
        return rows;
    }

    /// <summary>An RFC 4180 reader: CRLF between records, quoted fields with doubled quotes and any characters inside.</summary>
    private static List<string[]> ParseCsv(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                for (i++; !(text[i] == '"' && (i + 1 == text.Length || text[i + 1] != '"')); i++)
                {
                    field.Append(text[i]);
                    i += text[i] == '"' ? 1 : 0;
                }

                i++;
            }
            else if (text[i] == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                i++;
            }
            else if (text[i] == '\r' && text[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
                i += 2;
            }
            else
            {
                field.Append(text[i++]);
            }
        }

        Assert.Empty(fields);
        return records;
    }
}
