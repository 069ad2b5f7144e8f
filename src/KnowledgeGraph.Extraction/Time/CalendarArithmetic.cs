using KnowledgeGraph.Core.Facts;

namespace KnowledgeGraph.Extraction.Time;

/// <summary>
/// Date sums that never throw: a result outside the calendar DateOnly can hold, or a day a month does not have, is
/// null, so odd input ("Feb 30", a reference date in year 1) costs an expression, never the document.
/// </summary>
internal static class CalendarArithmetic
{
    private static readonly int LastDayNumber = DateOnly.MaxValue.DayNumber;

    /// <summary>The date, or null when the month has no such day or the year is out of range.</summary>
    public static DateOnly? Create(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    public static DateOnly? AddDays(DateOnly date, long days)
    {
        var number = date.DayNumber + days;
        return number >= 0 && number <= LastDayNumber ? DateOnly.FromDayNumber((int)number) : null;
    }

    /// <summary>The first day of the month <paramref name="months"/> after (or before, when negative) the month of <paramref name="date"/>.</summary>
    public static DateOnly? AddMonths(DateOnly date, long months)
    {
        var index = (date.Year * 12L) + date.Month - 1 + months;
        return index >= 12 && index < 10000 * 12L ? new DateOnly((int)(index / 12), (int)(index % 12) + 1, 1) : null;
    }

    /// <summary>The first day of the year <paramref name="years"/> after (or before) the year of <paramref name="date"/>.</summary>
    public static DateOnly? AddYears(DateOnly date, long years)
    {
        var year = date.Year + years;
        return year is >= 1 and <= 9999 ? new DateOnly((int)year, 1, 1) : null;
    }

    /// <summary>
    /// "May 8" with no year: of the year before, the same year and the year after <paramref name="reference"/>, the
    /// one that puts the day nearest to it (the earlier on a tie, since news reports more than it announces).
    /// </summary>
    public static DateOnly? NearestWithoutYear(int month, int day, DateOnly reference)
    {
        DateOnly? best = null;
        var bestDistance = long.MaxValue;
        for (var year = reference.Year - 1; year <= reference.Year + 1; year++)
        {
            if (Create(year, month, day) is not { } candidate)
            {
                continue;
            }

            var distance = Math.Abs((long)candidate.DayNumber - reference.DayNumber);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>The first day of the latest <paramref name="month"/> that is not after the month of <paramref name="reference"/>.</summary>
    public static DateOnly? MonthOnOrBefore(int month, DateOnly reference) =>
        Create(month <= reference.Month ? reference.Year : reference.Year - 1, month, 1);

    /// <summary>The first day of the earliest <paramref name="month"/> that is not before the month of <paramref name="reference"/>.</summary>
    public static DateOnly? MonthOnOrAfter(int month, DateOnly reference) =>
        Create(month >= reference.Month ? reference.Year : reference.Year + 1, month, 1);

    /// <summary>"last February": the latest February strictly before the month of <paramref name="reference"/>.</summary>
    public static DateOnly? MonthBefore(int month, DateOnly reference) =>
        Create(month < reference.Month ? reference.Year : reference.Year - 1, month, 1);

    /// <summary>"next February": the earliest February strictly after the month of <paramref name="reference"/>.</summary>
    public static DateOnly? MonthAfter(int month, DateOnly reference) =>
        Create(month > reference.Month ? reference.Year : reference.Year + 1, month, 1);

    /// <summary>The latest <paramref name="day"/> on or before <paramref name="reference"/> (the reference itself when it is one).</summary>
    public static DateOnly? WeekdayOnOrBefore(DayOfWeek day, DateOnly reference) =>
        AddDays(reference, -(((int)reference.DayOfWeek - (int)day + 7) % 7));

    /// <summary>The latest <paramref name="day"/> strictly before <paramref name="reference"/>.</summary>
    public static DateOnly? WeekdayBefore(DayOfWeek day, DateOnly reference)
    {
        var back = ((int)reference.DayOfWeek - (int)day + 7) % 7;
        return AddDays(reference, -(back == 0 ? 7 : back));
    }

    /// <summary>The earliest <paramref name="day"/> strictly after <paramref name="reference"/>.</summary>
    public static DateOnly? WeekdayAfter(DayOfWeek day, DateOnly reference)
    {
        var ahead = ((int)day - (int)reference.DayOfWeek + 7) % 7;
        return AddDays(reference, ahead == 0 ? 7 : ahead);
    }

    /// <summary>"this Thursday": the <paramref name="day"/> of the Monday-to-Sunday week that holds <paramref name="reference"/>.</summary>
    public static DateOnly? WeekdayInWeekOf(DayOfWeek day, DateOnly reference) =>
        MondayOf(reference) is { } monday ? AddDays(monday, ((int)day + 6) % 7) : null;

    /// <summary>The Monday that starts the ISO week holding <paramref name="date"/>.</summary>
    public static DateOnly? MondayOf(DateOnly date) => AddDays(date, -(((int)date.DayOfWeek + 6) % 7));

    /// <summary>
    /// A Monday-to-Sunday week as a date. There is no week precision, and a day would claim more than the text says,
    /// so a week is its month when all seven days lie in one month, and null (no date) when it straddles two.
    /// </summary>
    public static FactDate? WeekAsMonth(DateOnly monday) =>
        AddDays(monday, 6) is { } sunday && sunday.Month == monday.Month && sunday.Year == monday.Year
            ? new FactDate(new DateOnly(monday.Year, monday.Month, 1), DatePrecision.Month)
            : null;
}
