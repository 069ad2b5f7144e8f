using Dapper;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Core.Graph;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

/// <summary>
/// Reads the graph from the tables: whole into memory (<see cref="Read"/>), or as nodes and a stream of edges for
/// <see cref="StreamedGraph"/>. Both use the same queries and mapping, so they give the same nodes and edges. Every
/// list is ordered explicitly, so the same file always gives the same graph and therefore byte-identical exports.
/// </summary>
internal static class GraphReader
{
    // First and last seen are the extreme publication dates of the documents that mention the entity, computed for
    // all entities in one grouped pass over mentions rather than one lookup per entity. ISO dates sort as text, and
    // min/max skip NULL, so an entity named only in undated documents gets NULL for both. The dated documents are
    // materialised first: joining mentions to documents directly reads each mentioned document's row, text and all,
    // once per mention, which took seconds on a corpus of 40,000 articles. An event's row in events is joined in by
    // its primary key; EventId is NULL for every entity that has none.
    private const string EntitiesSql = """
        WITH dated AS MATERIALIZED (SELECT id, published FROM documents WHERE published IS NOT NULL)
        SELECT e.id AS Id, e.kind AS Kind, e.name AS Name, e.mention_count AS MentionCount,
               e.document_count AS DocumentCount, seen.first_seen AS FirstSeen, seen.last_seen AS LastSeen,
               ev.entity_id AS EventId, ev.event_type AS EventType, ev.date AS EventDate,
               ev.date_precision AS DatePrecision, ev.date_basis AS DateBasis, ev.place_id AS PlaceId
        FROM entities e
        LEFT JOIN (SELECT m.entity_id, min(dated.published) AS first_seen, max(dated.published) AS last_seen
                   FROM mentions m
                   JOIN dated ON dated.id = m.document_id
                   GROUP BY m.entity_id) seen ON seen.entity_id = e.id
        LEFT JOIN events ev ON ev.entity_id = e.id
        ORDER BY e.id
        """;

    // Sorted in C# rather than SQL: SQLite compares text as UTF-8 bytes, which orders some characters differently
    // from .NET's ordinal (UTF-16) comparison that the rest of the program uses.
    private const string AliasesSql = "SELECT entity_id AS EntityId, alias AS Alias, count AS Count FROM aliases";

    // The evidence shown is the earliest sentence of the earliest document. The evidence primary key
    // (relation_id, document_id, start) makes that one index seek per relation; substr works in code points,
    // the unit the offsets are stored in. The number of evidence rows and the first and last seen dates of the
    // documents that supply them come from one grouped pass over evidence in key order: the left join keeps the
    // rows of undated documents in the count, and min/max skip their NULL dates.
    private const string RelationsSql = """
        WITH dated AS MATERIALIZED (SELECT id, published FROM documents WHERE published IS NOT NULL)
        SELECT r.id AS Id, r.source_id AS SourceId, r.target_id AS TargetId, r.kind AS Kind, r.label AS Label,
               r.weight AS Weight, r.document_count AS DocumentCount,
               (SELECT substr(d.text, e.start + 1, e."end" - e.start)
                FROM evidence e
                JOIN documents d ON d.id = e.document_id
                WHERE e.relation_id = r.id
                ORDER BY e.document_id, e.start
                LIMIT 1) AS Evidence,
               support.first_seen AS FirstSeen, support.last_seen AS LastSeen,
               ifnull(support.evidence_count, 0) AS EvidenceCount
        FROM relations r
        LEFT JOIN (SELECT v.relation_id, count(*) AS evidence_count,
                          min(dated.published) AS first_seen, max(dated.published) AS last_seen
                   FROM evidence v
                   LEFT JOIN dated ON dated.id = v.document_id
                   GROUP BY v.relation_id) support ON support.relation_id = r.id
        ORDER BY r.id
        """;

    public static EntityGraph Read(SqliteConnection connection)
    {
        var graph = new EntityGraph();
        var nodes = ReadNodes(connection, transaction: null);
        foreach (var node in nodes)
        {
            graph.AddVertex(node);
        }

        foreach (var edge in ReadEdges(connection, transaction: null, IndexById(nodes)))
        {
            graph.AddEdge(edge);
        }

        return graph;
    }

    /// <summary>Every node in id order, each with its aliases most frequent first.</summary>
    public static IReadOnlyList<EntityNode> ReadNodes(SqliteConnection connection, SqliteTransaction? transaction)
    {
        var aliases = connection.Query<AliasRow>(AliasesSql, transaction: transaction)
            .GroupBy(row => row.EntityId)
            .ToDictionary(
                group => group.Key,
                group => (IReadOnlyList<AliasCount>)group
                    .OrderByDescending(row => row.Count)
                    .ThenBy(row => row.Alias, StringComparer.Ordinal)
                    .Select(row => new AliasCount(row.Alias, row.Count))
                    .ToArray());

        return connection.Query<EntityRow>(EntitiesSql, transaction: transaction, buffered: false)
            .Select(row => new EntityNode(
                row.Id,
                row.Name,
                EntityKindNames.Parse(row.Kind),
                row.MentionCount,
                row.DocumentCount,
                aliases.GetValueOrDefault(row.Id, []),
                StoredDate.Parse(row.FirstSeen),
                StoredDate.Parse(row.LastSeen),
                row.EventId is null
                    ? null
                    : new EventFacts(row.EventType, StoredEventDate.Parse(row.EventDate, row.DatePrecision), row.DateBasis, row.PlaceId)))
            .ToArray();
    }

    /// <summary>The nodes keyed by their entity id, for joining edges to their ends.</summary>
    public static IReadOnlyDictionary<long, EntityNode> IndexById(IReadOnlyList<EntityNode> nodes) =>
        nodes.ToDictionary(node => node.Id);

    /// <summary>
    /// Every edge in id order, its ends taken from <paramref name="nodes"/>. The rows are read from the file as the
    /// caller enumerates (Dapper unbuffered), so no more than one edge and its evidence sentence is held here at a time;
    /// each enumeration runs the query again.
    /// </summary>
    public static IEnumerable<RelationEdge> ReadEdges(SqliteConnection connection, SqliteTransaction? transaction, IReadOnlyDictionary<long, EntityNode> nodes) =>
        connection.Query<RelationRow>(RelationsSql, transaction: transaction, buffered: false)
            .Select(row => new RelationEdge(
                row.Id,
                nodes[row.SourceId],
                nodes[row.TargetId],
                row.Kind,
                row.Label,
                row.Weight,
                row.DocumentCount,
                row.Evidence,
                StoredDate.Parse(row.FirstSeen),
                StoredDate.Parse(row.LastSeen),
                row.EvidenceCount));

    /// <summary>How many edges <see cref="ReadEdges"/> gives, without reading them.</summary>
    public static int CountEdges(SqliteConnection connection, SqliteTransaction? transaction) =>
        connection.ExecuteScalar<int>("SELECT count(*) FROM relations", transaction: transaction);

    /// <summary>Whether some edge <see cref="ReadEdges"/> gives joins an entity to itself, without reading the edges.</summary>
    public static bool HasSelfLoops(SqliteConnection connection, SqliteTransaction? transaction) =>
        connection.ExecuteScalar<bool>("SELECT EXISTS (SELECT 1 FROM relations WHERE source_id = target_id)", transaction: transaction);

    private sealed class EntityRow
    {
        public long Id { get; init; }

        public string Kind { get; init; } = "";

        public string Name { get; init; } = "";

        public int MentionCount { get; init; }

        public int DocumentCount { get; init; }

        public string? FirstSeen { get; init; }

        public string? LastSeen { get; init; }

        public long? EventId { get; init; }

        public string? EventType { get; init; }

        public string? EventDate { get; init; }

        public string? DatePrecision { get; init; }

        public string? DateBasis { get; init; }

        public long? PlaceId { get; init; }
    }

    private sealed class RelationRow
    {
        public long Id { get; init; }

        public long SourceId { get; init; }

        public long TargetId { get; init; }

        public string Kind { get; init; } = "";

        public string? Label { get; init; }

        public double Weight { get; init; }

        public int DocumentCount { get; init; }

        public string? Evidence { get; init; }

        public string? FirstSeen { get; init; }

        public string? LastSeen { get; init; }

        public int EvidenceCount { get; init; }
    }
}
