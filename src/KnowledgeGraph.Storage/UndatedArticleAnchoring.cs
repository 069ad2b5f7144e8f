using Dapper;
using KnowledgeGraph.Core.Facts;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

/// <summary>
/// Dates the events of articles that never say when they were written. Such an article's "on Tuesday" is stored as a
/// day count for each weekday it could have been written on (<c>undated_event_reports</c>). When it reports an event
/// whose day another article states, the day of writing is the one that makes its own count land on that day.
/// Otherwise an article that reports one of the same events and has a date of its own (or one inferred this way) fixes
/// the day: the undated article is taken as written on the day most of those articles were, news of the same event being
/// written together. Its events then
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
                // From the undated documents to their mentions, not from every mention to its document: undated
                // articles are few, and this runs after every ingest, however large the file.
                """
                SELECT d.id FROM documents d
                WHERE d.reference_date IS NULL
                  AND EXISTS (SELECT 1 FROM mentions m JOIN events e ON e.entity_id = m.entity_id WHERE m.document_id = d.id)
                ORDER BY d.id
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
                if ((PinnedDay(connection, transaction, article.Reports) ?? CompanyDay(connection, transaction, article.Document)) is not { } written)
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

    /// <summary>
    /// The day of writing the article's own counts require: a report of an event whose day an article states ("met on
    /// Wednesday" of a meeting stated as 2025-09-03) is right only for the days of writing whose reading of "Wednesday"
    /// lands on that day; the nearest such day. The day most reports require wins; then the nearest; then the earliest.
    /// Null when no report concerns an event with a stated day.
    /// </summary>
    private static DateOnly? PinnedDay(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<(long Document, long Event, string Offsets)> reports)
    {
        var candidates = new List<(DateOnly Day, int Distance)>();
        foreach (var report in reports)
        {
            var stated = connection.QueryFirstOrDefault<string?>(
                "SELECT date FROM events WHERE entity_id = @event AND date_basis = 'text' AND date_precision = 'day'",
                new { @event = report.Event },
                transaction);
            if (StoredDate.Parse(stated) is not { } day || FloatingDate.Parse(report.Offsets) is not { } floating)
            {
                continue;
            }

            var fits = Enumerable.Range(0, 7)
                .Where(weekday => floating.OffsetsByWeekday[weekday] is int days && (int)day.AddDays(-days).DayOfWeek == weekday)
                .Select(weekday => (Day: day.AddDays(-floating.OffsetsByWeekday[weekday]!.Value), Distance: Math.Abs(floating.OffsetsByWeekday[weekday]!.Value)))
                .OrderBy(fit => fit.Distance)
                .ThenBy(fit => fit.Day)
                .Take(1);
            candidates.AddRange(fits);
        }

        return candidates.Count == 0
            ? null
            : candidates.GroupBy(c => c.Day)
                .OrderByDescending(g => g.Count())
                .ThenBy(g => g.Min(c => c.Distance))
                .ThenBy(g => g.Key)
                .First().Key;
    }

    /// <summary>The day most other articles reporting the same events were written; null when none has a day.</summary>
    private static DateOnly? CompanyDay(SqliteConnection connection, SqliteTransaction transaction, long document)
    {
        var days = connection.Query<string>(DaySql, new { document }, transaction).ToList();
        return days.Count == 0 ? null : StoredDate.Parse(MostCommon(days));
    }

    /// <summary>The day most articles give; the earliest on a tie, so that the choice never depends on row order.</summary>
    private static string MostCommon(List<string> days) =>
        days.GroupBy(day => day, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .First().Key;
}
