using Dapper;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>The example queries in the Storage README are what users copy first, so they must run.</summary>
public sealed class ReadmeQueryTests
{
    [Fact]
    public void Every_example_query_runs_and_returns_rows()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([SampleNews.Bridge(), SampleNews.School(), SampleNews.Cafe()]);

        var queries = ExampleQueries();

        Assert.Equal(5, queries.Count);
        Assert.All(queries, query => Assert.NotEmpty(store.Connection.Query(query)));
    }

    private static List<string> ExampleQueries()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "StorageReadme.md"));
        var start = text.IndexOf("```sql", StringComparison.Ordinal) + "```sql".Length;
        var block = text[start..text.IndexOf("```", start, StringComparison.Ordinal)];
        return block.Split(';').Select(q => q.Trim()).Where(q => q.Length > 0).ToList();
    }
}
