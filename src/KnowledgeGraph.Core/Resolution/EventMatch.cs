using KnowledgeGraph.Core.Facts;

namespace KnowledgeGraph.Core.Resolution;

/// <summary>
/// When two reports describe the same event, and what the event looks like once they are joined. Five outlets report
/// one meeting with different words, some with a date and some with only "on Wednesday" and no date to count from,
/// so a missing date or place never keeps reports apart; a conflicting date always does.
/// </summary>
public static class EventMatch
{
    /// <summary>Dates further apart than this are different events; a day either way absorbs time zones and late reports.</summary>
    public const int DateToleranceDays = 1;

    /// <summary>
    /// True when <paramref name="report"/> is the event <paramref name="known"/>: the same type, no conflicting date, no
    /// conflicting place, and either two shared participants, or one shared participant and a place both give ("Visit of
    /// Ana Ruiz to Chile") or, when both name that participant alone, the same day both state ("Statement by the
    /// ministry" of 3 September). Two places agree when they are one, or one lies in the other (<paramref name="contains"/>:
    /// "Mexico City" in "Mexico"); a meeting in Lima is never the meeting in Santiago.
    /// </summary>
    /// <param name="known">The event as known so far.</param>
    /// <param name="report">A document's report.</param>
    /// <param name="contains">Whether the first place is known to lie in the second; null when nothing is known.</param>
    public static bool IsSame(EventSignature known, EventSignature report, Func<long, long, bool>? contains = null)
    {
        if (!string.Equals(known.EventType, report.EventType, StringComparison.Ordinal) || !DatesAgree(known.Date, report.Date))
        {
            return false;
        }

        var bothPlaced = known.PlaceId is { } knownPlace && report.PlaceId is { } reportPlace;
        if (bothPlaced && !PlacesAgree(known.PlaceId!.Value, report.PlaceId!.Value, contains))
        {
            return false;
        }

        // Counted over the report's few participants: a much-reported event has gathered many.
        var shared = report.Participants.Count(known.Participants.Contains);
        if (shared >= 2)
        {
            return true;
        }

        // A lone actor on a stated day ("the ministry said on 3 September", "the strike on Tuesday") is one event; a
        // minister meeting Berg and, in another report, an unnamed delegation that day are two meetings.
        var loneActor = known.Participants.Count == 1 && report.Participants.Count == 1;
        return shared == 1 && (bothPlaced || (loneActor && SameStatedDay(known.Date, report.Date)));
    }

    /// <summary>Both dates are days and the same one: "the ministry's statement on 3 September" twice.</summary>
    public static bool SameStatedDay(FactDate? a, FactDate? b) =>
        a is { Precision: DatePrecision.Day } left && b is { Precision: DatePrecision.Day } right && left.Date == right.Date;

    private static bool PlacesAgree(long a, long b, Func<long, long, bool>? contains) =>
        a == b || (contains is not null && (contains(a, b) || contains(b, a)));

    /// <summary>
    /// The joined event: the more precise date (the earlier report's on a tie), the earlier report's place unless it had
    /// none, and every participant. The store writes the same rule, so the stored event and the index always agree.
    /// </summary>
    public static EventSignature Join(EventSignature known, EventSignature report) => known with
    {
        Date = MorePrecise(known.Date, report.Date),
        PlaceId = known.PlaceId ?? report.PlaceId,
        Participants = known.Participants.Union(report.Participants).ToHashSet(),
    };

    /// <summary>Of two dates, the one that states more (day over month over year); the first on a tie.</summary>
    public static FactDate? MorePrecise(FactDate? first, FactDate? second) =>
        first is null ? second
        : second is null ? first
        : second.Value.Precision < first.Value.Precision ? second : first;

    /// <summary>
    /// Two dates agree when one is missing, or when they are the same at the coarser of their precisions ("September
    /// 2025" and "Sept. 3, 2025"), two days within <paramref name="toleranceDays"/> of each other counting as the same.
    /// </summary>
    public static bool DatesAgree(FactDate? a, FactDate? b, int toleranceDays = DateToleranceDays)
    {
        if (a is not { } left || b is not { } right)
        {
            return true;
        }

        var precision = left.Precision > right.Precision ? left.Precision : right.Precision;
        return precision switch
        {
            DatePrecision.Day => Math.Abs(left.Date.DayNumber - right.Date.DayNumber) <= toleranceDays,
            DatePrecision.Month => left.Date.Year == right.Date.Year && left.Date.Month == right.Date.Month,
            _ => left.Date.Year == right.Date.Year,
        };
    }
}
