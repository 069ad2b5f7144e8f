using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Extraction.Events;
using KnowledgeGraph.Extraction.Time;

namespace KnowledgeGraph.Extraction.Facts;

/// <summary>
/// Dates the events of an article that never says when it was written, once for each weekday it could have been written
/// on, and keeps each event's day as a count of days from the day of writing (<see cref="FloatingDate"/>). The store
/// turns them into dates when another article that reports the same event fixes the day (UndatedArticleAnchoring).
/// </summary>
internal static class FloatingEventDates
{
    /// <summary>
    /// Relative times reach back or forward days, not months: "on Tuesday", "a day after", "yesterday". A larger count
    /// came from a date that needed a year ("May 8"), which a weekday cannot fix.
    /// </summary>
    public const int MaxDays = 14;

    // Any week will do, since only the weekday matters; mid-year so that no year boundary is near.
    private static readonly DateOnly FirstPlaceholderDay = new(2001, 6, 3); // a Sunday

    // Half a year on, the same weekdays: a time that counts from the day of writing gives the same count from both weeks,
    // while a day of the year without a year ("June 1", near the first week) gives another and is left out.
    private const int CheckWeekDistance = 7 * 26;

    /// <summary>
    /// <paramref name="detected"/> (found with no reference date) with, for each undated event, its floating date.
    /// Events are matched across the readings by their trigger.
    /// </summary>
    public static IReadOnlyList<FloatingDate?> For(
        AnalyzedText text, IReadOnlyList<DetectedEvent> detected, Func<IReadOnlyList<TimeExpression>, IReadOnlyList<DetectedEvent>> extract)
    {
        var offsets = detected.Select(_ => new int?[7]).ToArray();
        var byTrigger = Enumerable.Range(0, detected.Count)
            .Where(i => detected[i].Date is null)
            .ToDictionary(i => detected[i].Trigger);
        if (byTrigger.Count == 0)
        {
            return new FloatingDate?[detected.Count];
        }

        for (var weekday = 0; weekday < 7; weekday++)
        {
            var written = FirstPlaceholderDay.AddDays(weekday);
            var times = CountingFromTheDayOfWriting(text, written);
            if (times.Count == 0)
            {
                continue;
            }

            foreach (var reading in extract(times))
            {
                if (reading.Date is { Precision: DatePrecision.Day } day && byTrigger.TryGetValue(reading.Trigger, out var index)
                    && Math.Abs(day.Date.DayNumber - written.DayNumber) <= MaxDays)
                {
                    offsets[index][(int)written.DayOfWeek] = day.Date.DayNumber - written.DayNumber;
                }
            }
        }

        return offsets.Select(o => o.Any(days => days is not null) ? new FloatingDate(o) : null).ToArray();
    }

    /// <summary>
    /// The day-precision times of <paramref name="text"/> that count from the day of writing ("on Tuesday", "a day
    /// after"): the same number of days from <paramref name="written"/> as from the same weekday half a year later.
    /// </summary>
    private static List<TimeExpression> CountingFromTheDayOfWriting(AnalyzedText text, DateOnly written)
    {
        var check = written.AddDays(CheckWeekDistance);
        var checkOffsets = TimeExpressionFinder.Find(text, check)
            .Where(t => t.Date.Precision == DatePrecision.Day)
            .ToDictionary(t => t.Span, t => t.Date.Date.DayNumber - check.DayNumber);
        return TimeExpressionFinder.Find(text, written)
            .Where(t => t.Date.Precision == DatePrecision.Day && t.IsRelative
                && checkOffsets.TryGetValue(t.Span, out var days) && days == t.Date.Date.DayNumber - written.DayNumber)
            .ToList();
    }
}
