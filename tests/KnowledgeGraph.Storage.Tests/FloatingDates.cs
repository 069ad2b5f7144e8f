using KnowledgeGraph.Core.Facts;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>
/// The floating dates extraction gives an article that never says when it was written, built by hand: what "on Monday"
/// or "yesterday" means for each weekday the article could have been written on.
/// </summary>
internal static class FloatingDates
{
    /// <summary>"Yesterday", "two days ago": the same count back whatever the day of writing.</summary>
    public static FloatingDate DaysBefore(int days) => new(Enumerable.Repeat<int?>(-days, 7).ToArray());

    /// <summary>
    /// "On <paramref name="day"/>" in a past-tense sentence: the latest such day on or before the day of writing
    /// ("0,-1,-2,-3,-4,-5,-6" for Sunday).
    /// </summary>
    public static FloatingDate LastWeekday(DayOfWeek day) =>
        new(Enumerable.Range(0, 7).Select(written => (int?)-((written - (int)day + 7) % 7)).ToArray());

    /// <summary>A reading that dates the event only when the article was written on <paramref name="written"/>.</summary>
    public static FloatingDate OnlyWhenWrittenOn(DayOfWeek written, int days) =>
        new(Enumerable.Range(0, 7).Select(weekday => weekday == (int)written ? (int?)days : null).ToArray());
}
