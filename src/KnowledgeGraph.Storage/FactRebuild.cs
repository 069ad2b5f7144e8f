using Dapper;
using KnowledgeGraph.Core.Documents;
using KnowledgeGraph.Core.Resolution;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

/// <summary>
/// Replaces the facts of every stored document with facts made afresh from its stored text, in one transaction.
/// Per-document replacement cannot be exact: entity totals, kind votes, registered keys and canonical names sum over all
/// documents and remember no document's share, and an earlier document's entities decide what later ones resolve to.
/// So the graph is re-derived whole, in document id order, which gives exactly what one clean ingest in that order
/// gives. Readers see the old graph until the commit; a run killed before it leaves the old graph untouched.
/// </summary>
internal static class FactRebuild
{
    // Children before parents, so that no foreign-key cascade has work left to do.
    private static readonly string[] DerivedTables =
    [
        "evidence", "undated_event_reports", "event_participants", "events", "quotes", "mentions", "aliases", "entity_keys",
        "entity_kind_votes", "relations", "entities", "sentences",
    ];

    private const string ReadDocumentSql = """
        SELECT path AS Path, title AS Title, source AS Source, url AS Url, published AS Published, byline AS Byline,
               dateline AS Dateline, text AS Text, content_hash AS ContentHash
        FROM documents WHERE id = @id
        """;

    /// <summary>Runs the rebuild; see <see cref="KnowledgeGraphStore.ReplaceAllFacts"/>.</summary>
    public static FactRebuildOutcome Run(
        SqliteConnection connection,
        int extractorVersion,
        Func<Document, ResolvedDocument?> rederive,
        Action<int>? documentDone)
    {
        using var transaction = connection.BeginTransaction();
        var ids = connection.Query<long>("SELECT id FROM documents ORDER BY id", transaction: transaction).ToList();
        foreach (var table in DerivedTables)
        {
            connection.Execute($"DELETE FROM {table}", transaction: transaction);
        }

        // Inferred from the facts just deleted; DateUndatedArticles infers it again from the new ones.
        // The reference date is extraction's too: a document extraction fails on keeps none.
        connection.Execute("UPDATE documents SET inferred_date = NULL, reference_date = NULL", transaction: transaction);

        var failed = new List<string>();
        using (var writer = new BatchWriter(connection))
        {
            for (var i = 0; i < ids.Count; i++)
            {
                var row = connection.QuerySingle<StoredDocumentRow>(ReadDocumentSql, new { id = ids[i] }, transaction);
                var document = row.ToDocument();
                var resolved = rederive(document);
                if (resolved is null)
                {
                    // The document stays, with no facts and its old version, so a later --reprocess tries it again.
                    failed.Add(document.Path);
                }
                else
                {
                    writer.WriteFacts(ids[i], resolved);
                    connection.Execute(
                        "UPDATE documents SET extractor_version = @extractorVersion WHERE id = @id",
                        new { extractorVersion, id = ids[i] },
                        transaction);
                }

                documentDone?.Invoke(i + 1);
            }
        }

        transaction.Commit();
        return new FactRebuildOutcome(ids.Count - failed.Count, failed);
    }

    /// <summary>A documents row as Dapper reads it.</summary>
    private sealed class StoredDocumentRow
    {
        public string Path { get; init; } = "";

        public string Title { get; init; } = "";

        public string? Source { get; init; }

        public string? Url { get; init; }

        public string? Published { get; init; }

        public string? Byline { get; init; }

        public string? Dateline { get; init; }

        public string Text { get; init; } = "";

        public string ContentHash { get; init; } = "";

        public Document ToDocument() =>
            new(Path, Title, Source, Url, StoredDate.Parse(Published), Byline, Dateline, Text, ContentHash);
    }
}
