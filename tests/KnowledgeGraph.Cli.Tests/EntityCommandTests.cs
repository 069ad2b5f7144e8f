using KnowledgeGraph.Cli.Tests.Support;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Cli.Tests;

/// <summary><c>kg entities</c> and <c>kg show</c> on a small database ingested from invented articles.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class EntityCommandTests : IDisposable
{
    private const string StrikeSentence = "Union leader Marleen Vos said on Monday that dockers in Rotterdam would stay out.";

    private readonly TemporaryDirectory _directory = new();
    private readonly string _database;

    public EntityCommandTests()
    {
        var articles = Path.Combine(_directory.Path, "articles");
        Directory.CreateDirectory(articles);
        File.WriteAllText(Path.Combine(articles, "harbour.txt"), $"Harbour strike spreads\n\n{StrikeSentence} Vos met Transport Minister Joost Peeters in The Hague. Peeters said Rotterdam must reopen.\n");
        File.WriteAllText(Path.Combine(articles, "talks.txt"), "Talks resume\n\nMarleen Vos returned to Rotterdam on Friday. Vos said the talks with Joost Peeters went well.\n");
        _database = _directory.File("graph.db");
        Assert.Equal(0, ConsoleCapture.Run("ingest", articles, "--db", _database).Exit);
    }

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Help_lists_the_entity_commands()
    {
        var (_, output, _) = ConsoleCapture.Run("--help");
        Assert.Contains("entities", output);
        Assert.Contains("show", output);
    }

    [Fact]
    public void Entities_are_listed_most_mentioned_first_with_documents_and_top_aliases_in_aligned_columns()
    {
        var (exit, output, _) = ConsoleCapture.Run("entities", "--db", _database);

        Assert.Equal(0, exit);
        var lines = Lines(output);
        Assert.StartsWith("name", lines[0]);
        Assert.Contains("top aliases", lines[0]);
        var vos = lines.Single(line => line.StartsWith("Marleen Vos ", StringComparison.Ordinal));
        Assert.Same(vos, lines[1]);
        Assert.Contains("person", vos);
        Assert.Contains("Marleen Vos ×2, Vos ×2", vos);
        Assert.Matches(@"\s4\s+2\s", vos);

        // Aligned: every row starts its kind column where the header does.
        var kindColumn = lines[0].IndexOf("kind", StringComparison.Ordinal);
        Assert.All(lines.Skip(1), line => Assert.NotEqual(' ', line[kindColumn]));
        Assert.All(lines.Skip(1), line => Assert.Equal(' ', line[kindColumn - 1]));
        var mentions = lines.Skip(1).Select(line => int.Parse(line.Substring(lines[0].IndexOf("mentions", StringComparison.Ordinal), "mentions".Length).Trim())).ToList();
        Assert.Equal(mentions.OrderDescending(), mentions);
    }

    [Fact]
    public void Top_limits_the_rows()
    {
        var (exit, output, _) = ConsoleCapture.Run("entities", "--db", _database, "--top", "1");

        Assert.Equal(0, exit);
        Assert.Equal(2, Lines(output).Length);
        Assert.StartsWith("Marleen Vos", Lines(output)[1]);
    }

    [Fact]
    public void Kind_keeps_only_entities_of_that_kind()
    {
        var (exit, output, _) = ConsoleCapture.Run("entities", "--db", _database, "--kind", "place");

        Assert.Equal(0, exit);
        Assert.Contains(Lines(output), line => line.StartsWith("Rotterdam", StringComparison.Ordinal));
        Assert.All(Lines(output).Skip(1), line => Assert.Contains(" place ", line));
        Assert.DoesNotContain("Marleen Vos", output);
    }

    [Fact]
    public void An_unknown_kind_is_a_usage_error_listing_the_kinds()
    {
        var (exit, _, errors) = ConsoleCapture.Run("entities", "--db", _database, "--kind", "animal");

        Assert.Equal(1, exit);
        Assert.Contains("person, organization, place, event, other", errors);
    }

    [Fact]
    public void A_missing_database_is_an_input_problem_for_both_commands()
    {
        var missing = _directory.File("absent.db");

        Assert.Equal(2, ConsoleCapture.Run("entities", "--db", missing).Exit);
        var (exit, _, errors) = ConsoleCapture.Run("show", "--db", missing, "Vos");
        Assert.Equal(2, exit);
        Assert.Contains("absent.db", errors);
        Assert.False(File.Exists(missing));
    }

    [Theory]
    [InlineData("Marleen Vos")]
    [InlineData("MARLEEN VOS")]
    [InlineData("vos")]
    public void Show_finds_an_entity_by_name_or_alias_in_any_case(string name)
    {
        var (exit, output, _) = ConsoleCapture.Run("show", "--db", _database, name);

        Assert.Equal(0, exit);
        Assert.StartsWith($"Marleen Vos (person, id {IdOf("Marleen Vos")})", output);
        Assert.Contains("4 mention(s) in 2 document(s)", output);
        Assert.Contains("  Vos ×2", output);
        Assert.Contains("  Harbour strike spreads (", output);
        Assert.Contains("harbour.txt)", output);
        Assert.Contains("  Talks resume (", output);
    }

    [Fact]
    public void Show_prints_relations_with_their_evidence_sentences()
    {
        var (exit, output, _) = ConsoleCapture.Run("show", "--db", _database, "--id", IdOf("Marleen Vos").ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(0, exit);
        Assert.Contains("relations (", output);
        Assert.Matches(@"-> co_mention Rotterdam \(place, id \d+\): weight 2, 2 document\(s\)", output);
        Assert.Contains($"      \"{StrikeSentence}\"", output);
    }

    [Fact]
    public void A_name_shared_by_two_entities_lists_them_and_asks_for_an_id()
    {
        long twin;
        using (var connection = new SqliteConnection($"Data Source={_database};Pooling=False"))
        {
            connection.Open();
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO entities (kind, name, mention_count, document_count) VALUES ('other', 'Marleen Vos', 0, 0); SELECT last_insert_rowid();";
            twin = (long)insert.ExecuteScalar()!;
        }

        var (exit, output, errors) = ConsoleCapture.Run("show", "--db", _database, "marleen vos");

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Contains("2 entities are called 'marleen vos'", errors);
        Assert.Contains($"--id {IdOf("Marleen Vos")}  Marleen Vos (person", errors);
        Assert.Contains($"--id {twin}  Marleen Vos (other", errors);
    }

    [Fact]
    public void An_unknown_name_is_an_input_problem_with_close_names_suggested()
    {
        var (exit, _, errors) = ConsoleCapture.Run("show", "--db", _database, "Marleen Voss");

        Assert.Equal(2, exit);
        Assert.Contains("no entity is called 'Marleen Voss'", errors);
        // Other close names may come with it (an event named after her, say); the person must be among them.
        var suggestions = errors[errors.IndexOf("Did you mean: ", StringComparison.Ordinal)..].ReplaceLineEndings(" ");
        Assert.Contains($"Marleen Vos (person, --id {IdOf("Marleen Vos")})", suggestions);
    }

    [Fact]
    public void An_unknown_id_is_an_input_problem()
    {
        var (exit, _, errors) = ConsoleCapture.Run("show", "--db", _database, "--id", "99999");

        Assert.Equal(2, exit);
        Assert.Contains("no entity with id 99999", errors);
    }

    [Fact]
    public void Show_needs_a_name_or_an_id_but_not_both()
    {
        Assert.Equal(1, ConsoleCapture.Run("show", "--db", _database).Exit);
        Assert.Equal(1, ConsoleCapture.Run("show", "--db", _database, "Vos", "--id", "1").Exit);
    }

    private static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r')).ToArray();

    private long IdOf(string name)
    {
        using var connection = new SqliteConnection($"Data Source={_database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT id FROM entities WHERE name = $name ORDER BY id LIMIT 1";
        query.Parameters.AddWithValue("$name", name);
        return (long)query.ExecuteScalar()!;
    }
}
