using System.Globalization;

namespace KnowledgeGraph.Core.Facts;

/// <summary>
/// When an event happened, told by an article that never says when it was written: "on Tuesday" is a day, but which
/// day depends on the day of writing. For each weekday the article could have been written on (Sunday first, as
/// <see cref="DayOfWeek"/> counts), the event's day counted from the day of writing, or null when that reading does not
/// date it. Once another article reporting the same event fixes the day of writing, <see cref="On"/> gives the date.
/// </summary>
public sealed record FloatingDate(IReadOnlyList<int?> OffsetsByWeekday)
{
    /// <summary>The event's day when the article was written on <paramref name="written"/>; null when this reading gives none.</summary>
    public FactDate? On(DateOnly written) =>
        OffsetsByWeekday.Count == 7 && OffsetsByWeekday[(int)written.DayOfWeek] is int days
            ? new FactDate(written.AddDays(days), DatePrecision.Day)
            : null;

    /// <summary>Seven comma-separated day counts, empty where there is none: how <c>undated_event_reports.offsets</c> holds it.</summary>
    public string ToText() =>
        string.Join(',', OffsetsByWeekday.Select(days => days?.ToString(CultureInfo.InvariantCulture) ?? string.Empty));

    /// <summary>The value <see cref="ToText"/> wrote; null for anything else.</summary>
    public static FloatingDate? Parse(string? text)
    {
        var parts = text?.Split(',');
        if (parts is not { Length: 7 })
        {
            return null;
        }

        var offsets = new int?[7];
        for (var i = 0; i < 7; i++)
        {
            if (parts[i].Length == 0)
            {
                continue;
            }

            if (!int.TryParse(parts[i], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var days))
            {
                return null;
            }

            offsets[i] = days;
        }

        return new FloatingDate(offsets);
    }
}
