using Dapper;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Facts;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

/// <summary>
/// Reads single entities and entity lists for <c>kg entities</c> and <c>kg show</c>. Names are compared and sorted in
/// C#: SQLite's NOCASE folds only ASCII letters and its text order is UTF-8 byte order, while the rest of the program
/// uses .NET's ordinal comparison (so "zoë ångström" finds "Zoë Ångström").
/// </summary>
internal static class EntityReader
{
    // Keeps every IN list far below SQLite's limit on bound parameters, however large --top is.
    private const int IdsPerQuery = 500;

    private const string EntitiesSql = """
        SELECT id AS Id, kind AS Kind, name AS Name, mention_count AS MentionCount
        FROM entities
        """;

    private const string AliasesSql = "SELECT entity_id AS EntityId, alias AS Alias, count AS Count FROM aliases";

    // Most mentioned first; ties by name, then by id so that the order never depends on the query plan.
    private static readonly Comparer<EntityRow> ByMentionsThenName = Comparer<EntityRow>.Create((a, b) =>
    {
        var byMentions = b.MentionCount.CompareTo(a.MentionCount);
        if (byMentions != 0)
        {
            return byMentions;
        }

        var byName = StringComparer.Ordinal.Compare(a.Name, b.Name);
        return byName != 0 ? byName : a.Id.CompareTo(b.Id);
    });

    public static IReadOnlyList<EntitySummary> List(SqliteConnection connection, EntityKind? kind, int top, int aliasesEach)
    {
        var rows = kind is { } only
            ? connection.Query<EntityRow>(EntitiesSql + " WHERE kind = @kind", new { kind = only.ToName() })
            : connection.Query<EntityRow>(EntitiesSql);
        return Summarise(connection, rows.OrderBy(row => row, ByMentionsThenName).Take(top).ToList(), aliasesEach);
    }

    public static IReadOnlyList<EntitySummary> FindByName(SqliteConnection connection, string name, int aliasesEach)
    {
        var wanted = name.Trim();
        var rows = connection.Query<EntityRow>(EntitiesSql).ToList();
        var named = rows.Where(row => string.Equals(row.Name, wanted, StringComparison.OrdinalIgnoreCase)).ToList();
        if (named.Count == 0)
        {
            var aliased = connection.Query<AliasRow>(AliasesSql)
                .Where(alias => string.Equals(alias.Alias, wanted, StringComparison.OrdinalIgnoreCase))
                .Select(alias => alias.EntityId)
                .ToHashSet();
            named = rows.Where(row => aliased.Contains(row.Id)).ToList();
        }

        return Summarise(connection, named.OrderBy(row => row, ByMentionsThenName).ToList(), aliasesEach);
    }

    public static IReadOnlyList<EntitySummary> Suggest(SqliteConnection connection, string text, int limit, int aliasesEach)
    {
        var rows = connection.Query<EntityRow>(EntitiesSql).ToList();
        var aliases = connection.Query<AliasRow>(AliasesSql).ToList();

        // The whole text first; failing that, any of its words, so "Rubio Marco" still finds "Marco Rubio".
        string[] whole = [text.Trim()];
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(word => word.Length >= 3)
            .ToArray();
        foreach (var needles in new[] { whole, words })
        {
            bool Matches(string candidate) => needles.Any(needle => needle.Length > 0 && candidate.Contains(needle, StringComparison.OrdinalIgnoreCase));
            var ids = aliases.Where(alias => Matches(alias.Alias)).Select(alias => alias.EntityId).ToHashSet();
            var found = rows.Where(row => Matches(row.Name) || ids.Contains(row.Id))
                .OrderBy(row => row, ByMentionsThenName)
                .Take(limit)
                .ToList();
            if (found.Count > 0)
            {
                return Summarise(connection, found, aliasesEach);
            }
        }

        return [];
    }

    public static EntityDetails? Details(SqliteConnection connection, long id, int relations, int evidenceEach)
    {
        const string DocumentsSql = """
            SELECT d.id AS Id, d.title AS Title, d.path AS Path, count(*) AS MentionCount
            FROM mentions m
            JOIN documents d ON d.id = m.document_id
            WHERE m.entity_id = @id
            GROUP BY d.id
            ORDER BY d.id
            """;
        const string RelationCountSql = "SELECT count(*) FROM relations WHERE source_id = @id OR target_id = @id";

        // Both directions: the (source_id, ...) identity index and relations_by_target serve the two halves.
        const string RelationsSql = """
            SELECT r.id AS Id, r.kind AS Kind, r.label AS Label, r.source_id = @id AS IsOutgoing,
                   o.id AS OtherId, o.name AS OtherName, o.kind AS OtherKind,
                   r.weight AS Weight, r.document_count AS DocumentCount
            FROM relations r
            JOIN entities o ON o.id = CASE WHEN r.source_id = @id THEN r.target_id ELSE r.source_id END
            WHERE r.source_id = @id OR r.target_id = @id
            ORDER BY r.weight DESC, r.document_count DESC, r.id
            LIMIT @relations
            """;

        // Evidence rows are sentence spans; substr counts code points, the unit the offsets are stored in.
        const string EvidenceSql = """
            SELECT substr(d.text, e.start + 1, e."end" - e.start)
            FROM evidence e
            JOIN documents d ON d.id = e.document_id
            WHERE e.relation_id = @relationId
            ORDER BY e.document_id, e.start
            LIMIT @evidenceEach
            """;

        var entity = connection.QuerySingleOrDefault<EntityRow>(EntitiesSql + " WHERE id = @id", new { id });
        if (entity is null)
        {
            return null;
        }

        var aliases = Sorted(connection.Query<AliasRow>(AliasesSql + " WHERE entity_id = @id", new { id }));
        var documents = connection.Query<EntityDocument>(DocumentsSql, new { id }).ToList();
        var relationCount = connection.ExecuteScalar<long>(RelationCountSql, new { id });
        var strongest = connection.Query<RelationRow>(RelationsSql, new { id, relations })
            .Select(row => new RelationSummary(
                row.Id,
                row.Kind,
                row.Label,
                row.IsOutgoing,
                row.OtherId,
                row.OtherName,
                EntityKindNames.Parse(row.OtherKind),
                row.Weight,
                row.DocumentCount,
                connection.Query<string>(EvidenceSql, new { relationId = row.Id, evidenceEach }).ToList()))
            .ToList();
        return new EntityDetails(
            entity.Id, entity.Name, EntityKindNames.Parse(entity.Kind), entity.MentionCount, aliases, documents, relationCount, strongest);
    }

    private static List<EntitySummary> Summarise(SqliteConnection connection, IReadOnlyList<EntityRow> rows, int aliasesEach)
    {
        const string DocumentCountsSql = """
            SELECT entity_id AS EntityId, count(DISTINCT document_id) AS Count
            FROM mentions
            WHERE entity_id IN @ids
            GROUP BY entity_id
            """;

        var documentCounts = new Dictionary<long, long>();
        var aliases = new List<AliasRow>();
        foreach (var ids in rows.Select(row => row.Id).Chunk(IdsPerQuery))
        {
            foreach (var (entityId, count) in connection.Query<(long EntityId, long Count)>(DocumentCountsSql, new { ids }))
            {
                documentCounts[entityId] = count;
            }

            aliases.AddRange(connection.Query<AliasRow>(AliasesSql + " WHERE entity_id IN @ids", new { ids }));
        }

        var aliasesById = aliases.ToLookup(alias => alias.EntityId);
        return rows
            .Select(row => new EntitySummary(
                row.Id,
                row.Name,
                EntityKindNames.Parse(row.Kind),
                row.MentionCount,
                documentCounts.GetValueOrDefault(row.Id),
                Sorted(aliasesById[row.Id]).Take(aliasesEach).ToList()))
            .ToList();
    }

    private static List<AliasCount> Sorted(IEnumerable<AliasRow> aliases) => aliases
        .OrderByDescending(alias => alias.Count)
        .ThenBy(alias => alias.Alias, StringComparer.Ordinal)
        .Select(alias => new AliasCount(alias.Alias, alias.Count))
        .ToList();

    private sealed class EntityRow
    {
        public long Id { get; init; }

        public string Kind { get; init; } = "";

        public string Name { get; init; } = "";

        public long MentionCount { get; init; }
    }

    private sealed class RelationRow
    {
        public long Id { get; init; }

        public string Kind { get; init; } = "";

        public string? Label { get; init; }

        public bool IsOutgoing { get; init; }

        public long OtherId { get; init; }

        public string OtherName { get; init; } = "";

        public string OtherKind { get; init; } = "";

        public double Weight { get; init; }

        public long DocumentCount { get; init; }
    }
}
