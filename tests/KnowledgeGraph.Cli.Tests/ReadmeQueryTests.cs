using KnowledgeGraph.Cli.Pipeline;
using KnowledgeGraph.Cli.Tests.Support;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>The README's example queries are what users copy first: each must run on the samples and return rows.</summary>
public sealed class ReadmeQueryTests
{
    [Fact]
    public void Every_example_query_in_the_readme_returns_rows_on_the_samples()
    {
        using var directory = new TemporaryDirectory();
        var summary = new BuildService(IngestService.CreateDefault()).Build([RepositoryLayout.Samples], directory.Path, new SilentProgress(), renderPicture: false);
        var queries = ExampleQueries();
        Assert.Equal(5, queries.Count);

        using var connection = new SqliteConnection($"Data Source={summary.Database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        foreach (var query in queries)
        {
            using var command = connection.CreateCommand();
            command.CommandText = query;
            using var reader = command.ExecuteReader();
            Assert.True(reader.Read(), $"no rows from README query:\n{query}");
        }
    }

    private static List<string> ExampleQueries()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryLayout.Root, "README.md"));
        var start = text.IndexOf("```sql", StringComparison.Ordinal) + "```sql".Length;
        var block = text[start..text.IndexOf("```", start, StringComparison.Ordinal)];
        return block.Split(';').Select(q => q.Trim()).Where(q => q.Length > 0).ToList();
    }
}
