using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Cli.Tests.Resolution;

/// <summary>Reads every entity of a <c>kg</c> database as a <see cref="GraphNode"/> for scoring.</summary>
internal static class GraphNodeQuery
{
    private const string EntitiesWithMentions = """
        SELECT e.id, e.kind, e.name, m.text FROM entities e LEFT JOIN mentions m ON m.entity_id = e.id ORDER BY e.id, m.id
        """;

    private const string StoredAliases = "SELECT entity_id, alias FROM aliases ORDER BY entity_id, alias";

    public static IReadOnlyList<GraphNode> Load(SqliteConnection connection)
    {
        var aliases = new Dictionary<long, List<string>>();
        foreach (var (id, alias) in SqliteRows.Read(connection, StoredAliases, r => (r.GetInt64(0), r.GetString(1))))
        {
            (aliases.TryGetValue(id, out var list) ? list : aliases[id] = []).Add(alias);
        }

        return SqliteRows.Read(connection, EntitiesWithMentions, r => (Id: r.GetInt64(0), Kind: r.GetString(1), Name: r.GetString(2), Text: r.IsDBNull(3) ? null : r.GetString(3)))
            .GroupBy(r => (r.Id, r.Kind, r.Name))
            .Select(g => new GraphNode(
                g.Key.Id,
                g.Key.Kind,
                g.Where(r => r.Text is not null).Select(r => r.Text!).ToList(),
                g.Key.Name,
                aliases.TryGetValue(g.Key.Id, out var stored) ? stored : []))
            .ToList();
    }
}
