using Dapper;
using KnowledgeGraph.Core.Facts;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

/// <summary>
/// Dates the events of articles that never say when they were written. Such an article's "on Tuesday" is stored as a
/// day count for each weekday it could have been written on (<c>undated_event_reports</c>); an article that reports one
/// of the same events and has a date of its own (or one inferred this way) fixes the day: the undated article is taken
/// as written on the day most of those articles were, news of the same event being written together. Its events then
/// get that reading's dates, marked <c>date_basis = 'inferred'</c>, wherever no article states a date.
/// The whole inference is recomputed from scratch after every run, in document id order until nothing changes, so the
/// result depends only on what the file holds and not on how the articles were split into runs.
/// </summary>
internal static class UndatedArticleAnchoring
{
    // The days of writing of the other articles that report an event this one reports; the commonest first.
    private const string DaySql = """
        SELECT coalesce(d.reference_date, d.inferred_date)
        FROM mentions m
        JOIN documents d ON d.id = m.document_id
        WHERE m.entity_id IN (SELECT event_id FROM undated_event_reports WHERE document_id = @document)
           OR m.entity_id IN (SELECT m1.entity_id FROM mentions m1 JOIN events e ON e.entity_id = m1.entity_id
                              WHERE m1.document_id = @document)
        GROUP BY m.document_id
        HAVING m.document_id <> @document AND coalesce(d.reference_date, d.inferred_date) IS NOT NULL
        """;

    private const string DateEventSql = """
        UPDATE events SET date = @date, date_precision = 'day', date_basis = 'inferred' WHERE entity_id = @event AND date IS NULL
        """;

    /// <returns>How many undated articles were given a day of writing.</returns>
    public static int Run(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        connection.Execute("UPDATE events SET date = NULL, date_precision = NULL, date_basis = NULL WHERE date_basis = 'inferred'", transaction: transaction);
        connection.Execute("UPDATE documents SET inferred_date = NULL WHERE inferred_date IS NOT NULL", transaction: transaction);
        // Every undated article that reports an event: one without relative times has nothing to date itself, but its day
        // of writing still passes along a chain to articles that do.
        var reports = connection.Query<(long Document, long Event, string Offsets)>(
                "SELECT document_id, event_id, offsets FROM undated_event_reports ORDER BY document_id, event_id",
                transaction: transaction)
            .ToLookup(r => r.Document);
        var pending = connection.Query<long>(
                """
                SELECT DISTINCT m.document_id FROM mentions m
                JOIN events e ON e.entity_id = m.entity_id
                JOIN documents d ON d.id = m.document_id
                WHERE d.reference_date IS NULL
                ORDER BY m.document_id
                """,
                transaction: transaction)
            .Select(document => (Document: document, Reports: reports[document].ToList()))
            .ToList();

        var anchored = 0;
        bool changed;
        do
        {
            changed = false;
            foreach (var article in pending.ToList())
            {
                var days = connection.Query<string>(DaySql, new { document = article.Document }, transaction).ToList();
                if (days.Count == 0 || StoredDate.Parse(MostCommon(days)) is not { } written)
                {
                    continue;
                }

                connection.Execute(
                    "UPDATE documents SET inferred_date = @day WHERE id = @document",
                    new { day = StoredDate.ToText(written), document = article.Document },
                    transaction);
                foreach (var report in article.Reports)
                {
                    if (FloatingDate.Parse(report.Offsets)?.On(written) is { } date)
                    {
                        connection.Execute(DateEventSql, new { date = date.ToIso(), @event = report.Event }, transaction);
                    }
                }

                pending.Remove(article);
                anchored++;
                changed = true;
            }
        }
        while (changed);

        transaction.Commit();
        return anchored;
    }

    /// <summary>The day most articles give; the earliest on a tie, so that the choice never depends on row order.</summary>
    private static string MostCommon(List<string> days) =>
        days.GroupBy(day => day, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .First().Key;
}
