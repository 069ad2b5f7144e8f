using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Extraction.Tagging;

namespace KnowledgeGraph.Extraction.Time;

/// <summary>
/// Times the text gives by their distance from the document's date: "today", "yesterday", "last night",
/// "Wednesday", "last Friday", "next Monday", "this Thursday", "last week", "earlier this month", "next year",
/// "last September", "two years ago"; and from another date: "a day later", "two days earlier", "the next day",
/// "a day after the vote". Skipped when there is no document date, except the last group when the text itself gives
/// the anchor.
/// <para>
/// A bare weekday is the latest such day on or before the document's date (the date itself when it is that day), or
/// the first after it in a clause about the future (<see cref="ClauseTense"/>). "last Friday" is the latest Friday
/// strictly before, "next Monday" the first Monday strictly after, "this Thursday" the Thursday of the document's
/// Monday-to-Sunday week. A week has no precision of its own, so "last week", "this week" and "next week" are the
/// month that holds all seven of their days, and nothing when the week spans two months. "the last month" and
/// "the next year" (a span of time, not a calendar period) are not dates.
/// </para>
/// <para>
/// "a day after the vote" dates the vote: one day before the date of the sentence's own event, which is the last day
/// the sentence wrote before it, or else the document's date, because a report's main clause is the news of the day.
/// Without an object ("a day later", "two days earlier", "the next day", "the day before") the expression continues
/// the narrative: it counts from the last day the paragraph wrote, or else the document's date.
/// </para>
/// </summary>
internal static class RelativeDateForms
{
    private const int DaysInWeek = 7;

    public static void Collect(TimeTokenReader reader, int token, TimeWordRoles roles)
    {
        Shift(reader, token, roles);
        TheDayAround(reader, token);
        if (reader.Reference is not { } reference)
        {
            return;
        }

        if (roles.DayOffset is { } offset && CalendarArithmetic.AddDays(reference, offset) is { } day)
        {
            reader.Add(token, token + 1, new FactDate(day, DatePrecision.Day), true);
        }

        if (roles.Weekday is { } weekday)
        {
            Weekday(reader, token, weekday, reference);
        }

        var word = reader.Word(token);
        if (IsWord(word, "last") && reader.Is(token + 1, "night") && CalendarArithmetic.AddDays(reference, -1) is { } lastNight)
        {
            reader.Add(token, token + 2, new FactDate(lastNight, DatePrecision.Day), true);
        }

        if (IsWord(word, "this") && reader.Has(token + 1) && reader.Roles(token + 1).IsPartOfDay)
        {
            reader.Add(token, token + 2, new FactDate(reference, DatePrecision.Day), true);
        }

        if (Direction(word) is { } direction && !reader.Is(token - 1, "the"))
        {
            CalendarPeriod(reader, token, token + 1, direction, reference);
            NamedMonth(reader, token, direction, reference);
        }

        if ((IsWord(word, "earlier") || IsWord(word, "later")) && reader.Is(token + 1, "this"))
        {
            CalendarPeriod(reader, token, token + 2, 0, reference);
        }
    }

    /// <summary>"Wednesday", "last Friday", "next Monday", "this Thursday".</summary>
    private static void Weekday(TimeTokenReader reader, int token, DayOfWeek weekday, DateOnly reference)
    {
        var before = token - 1;
        var modifier = reader.Has(before) && reader.SameSentence(before, token) ? Direction(reader.Word(before)) : null;
        if (modifier is null && reader.Is(before, "the") && reader.Has(token + 1) && WordShape.IsCapitalized(reader.Word(token + 1)))
        {
            return; // "the Sunday Times": a name
        }

        var date = modifier switch
        {
            -1 => CalendarArithmetic.WeekdayBefore(weekday, reference),
            1 => CalendarArithmetic.WeekdayAfter(weekday, reference),
            0 => CalendarArithmetic.WeekdayInWeekOf(weekday, reference),
            _ => ClauseTense.IsFuture(reader, token)
                ? CalendarArithmetic.WeekdayAfter(weekday, reference)
                : CalendarArithmetic.WeekdayOnOrBefore(weekday, reference),
        };
        if (date is { } day)
        {
            reader.Add(modifier is null ? token : before, token + 1, new FactDate(day, DatePrecision.Day), true);
        }
    }

    /// <summary>"last week", "this month", "next year", and "earlier this week" with the unit at <paramref name="unit"/>.</summary>
    private static void CalendarPeriod(TimeTokenReader reader, int first, int unit, int direction, DateOnly reference)
    {
        if (!reader.Has(unit) || !reader.SameSentence(first, unit))
        {
            return;
        }

        var word = reader.Word(unit);
        if (IsWord(word, "week"))
        {
            if (CalendarArithmetic.MondayOf(reference) is { } monday
                && CalendarArithmetic.AddDays(monday, DaysInWeek * direction) is { } weekStart
                && CalendarArithmetic.WeekAsMonth(weekStart) is { } month)
            {
                reader.Add(first, unit + 1, month, true);
            }
        }
        else if (IsWord(word, "month"))
        {
            if (CalendarArithmetic.AddMonths(reference, direction) is { } month)
            {
                reader.Add(first, unit + 1, new FactDate(month, DatePrecision.Month), true);
            }
        }
        else if (IsWord(word, "year") && CalendarArithmetic.AddYears(reference, direction) is { } year)
        {
            reader.Add(first, unit + 1, new FactDate(year, DatePrecision.Year), true);
        }
    }

    /// <summary>"last September", "next February", "this May".</summary>
    private static void NamedMonth(TimeTokenReader reader, int token, int direction, DateOnly reference)
    {
        var monthToken = token + 1;
        var month = reader.CapitalizedMonth(monthToken);
        if (month == 0 || reader.Roles(monthToken).IsMonthAbbreviation || !reader.SameSentence(token, monthToken))
        {
            return;
        }

        var date = direction switch
        {
            -1 => CalendarArithmetic.MonthBefore(month, reference),
            1 => CalendarArithmetic.MonthAfter(month, reference),
            _ => CalendarArithmetic.Create(reference.Year, month, 1),
        };
        if (date is { } firstDay)
        {
            reader.Add(token, monthToken + 1, new FactDate(firstDay, DatePrecision.Month), true);
        }
    }

    /// <summary>"two days earlier", "a week later", "a day after the strike", "three years ago".</summary>
    private static void Shift(TimeTokenReader reader, int count, TimeWordRoles roles)
    {
        if ((roles.Number is null && !char.IsAsciiDigit(reader.Word(count)[0])) || !reader.TryCount(count, out var amount)
            || !reader.Has(count + 2) || !reader.SameSentence(count, count + 2) || reader.Is(count - 1, "for"))
        {
            return; // "for two days after the storm" is how long, not when
        }

        var (unit, daysPerUnit) = Unit(reader.Word(count + 1));
        if (daysPerUnit == 0)
        {
            return;
        }

        var size = unit == DatePrecision.Day ? amount * daysPerUnit : amount;
        var direction = count + 2;
        var word = reader.Word(direction);
        if (IsWord(word, "ago"))
        {
            Ago(reader, count, unit, size);
        }
        else if (IsWord(word, "later") || IsWord(word, "afterwards") || IsWord(word, "afterward"))
        {
            reader.AddAnchored(count, direction + 1, new AnchoredShift(size, unit, AnchorScope.Paragraph));
        }
        else if (IsWord(word, "earlier") || IsWord(word, "previously"))
        {
            reader.AddAnchored(count, direction + 1, new AnchoredShift(-size, unit, AnchorScope.Paragraph));
        }
        else if (IsWord(word, "after") || IsWord(word, "before"))
        {
            AroundEvent(reader, count, direction, size, unit);
        }
    }

    /// <summary>"the day before", "the day after the vote", "the next day", "the following day", "the previous day".</summary>
    private static void TheDayAround(TimeTokenReader reader, int the)
    {
        if (!reader.Is(the, "the") || !reader.Has(the + 2) || !reader.SameSentence(the, the + 2))
        {
            return;
        }

        if (reader.Is(the + 1, "day") && (reader.Is(the + 2, "after") || reader.Is(the + 2, "before")))
        {
            AroundEvent(reader, the, the + 2, 1, DatePrecision.Day);
        }
        else if (reader.Is(the + 2, "day") && (reader.Is(the + 1, "next") || reader.Is(the + 1, "following")))
        {
            reader.AddAnchored(the, the + 3, new AnchoredShift(1, DatePrecision.Day, AnchorScope.Paragraph));
        }
        else if (reader.Is(the + 2, "day") && (reader.Is(the + 1, "previous") || reader.Is(the + 1, "prior")))
        {
            reader.AddAnchored(the, the + 3, new AnchoredShift(-1, DatePrecision.Day, AnchorScope.Paragraph));
        }
    }

    /// <summary>
    /// "after"/"before" at <paramref name="preposition"/>: with an object it dates the object from the sentence's
    /// event ("a day after the vote": the vote was a day earlier); alone it is an adverb ("the day before").
    /// </summary>
    private static void AroundEvent(TimeTokenReader reader, int first, int preposition, int size, DatePrecision unit)
    {
        var after = IsWord(reader.Word(preposition), "after");
        var shift = reader.IsFollowedByWord(preposition)
            ? new AnchoredShift(after ? -size : size, unit, AnchorScope.Sentence)
            : new AnchoredShift(after ? size : -size, unit, AnchorScope.Paragraph);
        reader.AddAnchored(first, preposition + 1, shift);
    }

    private static void Ago(TimeTokenReader reader, int count, DatePrecision unit, int size)
    {
        if (reader.Reference is not { } reference)
        {
            return;
        }

        var date = unit switch
        {
            DatePrecision.Day => CalendarArithmetic.AddDays(reference, -size),
            DatePrecision.Month => CalendarArithmetic.AddMonths(reference, -size),
            _ => CalendarArithmetic.AddYears(reference, -size),
        };
        if (date is { } found)
        {
            reader.Add(count, count + 3, new FactDate(found, unit), true);
        }
    }

    /// <summary>The precision a unit word gives and, for days and weeks, its length in days; 0 days when it is no unit.</summary>
    private static (DatePrecision Unit, int DaysPerUnit) Unit(ReadOnlySpan<char> word) =>
        IsWord(word, "day") || IsWord(word, "days") ? (DatePrecision.Day, 1)
        : IsWord(word, "week") || IsWord(word, "weeks") ? (DatePrecision.Day, DaysInWeek)
        : IsWord(word, "month") || IsWord(word, "months") ? (DatePrecision.Month, 1)
        : IsWord(word, "year") || IsWord(word, "years") ? (DatePrecision.Year, 1)
        : (DatePrecision.Day, 0);

    /// <summary>-1 for "last", 0 for "this", +1 for "next"; null for any other word.</summary>
    private static int? Direction(ReadOnlySpan<char> word) =>
        IsWord(word, "last") ? -1 : IsWord(word, "this") ? 0 : IsWord(word, "next") ? 1 : null;

    private static bool IsWord(ReadOnlySpan<char> word, string expected) => word.Equals(expected, StringComparison.OrdinalIgnoreCase);
}
