using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Extraction.Tagging;

namespace KnowledgeGraph.Extraction.Time;

/// <summary>
/// Dates the text writes as calendar dates: "Sept. 3, 2025", "Sep 3 2025", "3 September 2025", "the 3rd of
/// September", "2025-09-03", "09/03/2025", "Wednesday, Sept. 3", "May 8", "September 2025", "in February",
/// "mid-September", "in 2024".
/// <para>
/// A month word counts only with a capital, so the verbs "may" and "march" never do, and then only beside a day
/// number, a year, or a context word ("in", "since", "until", "early"...): "the March on Sunday" is no date. A month
/// that is also a surname ("May") needs a strong context word ("in May", not "by May"), and a month with no
/// year right after a capitalised word in mid-sentence ("Theresa May 8") is taken for a name. Without a year, a day
/// gets the year that puts it nearest the document's date and a bare month the latest one not after it (the
/// earliest not before it in a clause about the future); with no document date they are skipped. A four-digit number
/// is a year alone only when it is 19xx or 20xx and follows a context word ("in 2024"), so "2025 people", "$2,025"
/// and "1,500" are not years.
/// </para>
/// <para>
/// Slashed dates are read month first (09/03/2025 is September 3), the order of the United States outlets that
/// write them; when the first number cannot be a month (25/03/2025) it is read day first.
/// </para>
/// </summary>
internal static class CalendarDateForms
{
    private const int IsoDateLength = 10;

    public static void Collect(TimeTokenReader reader, int token, TimeWordRoles roles)
    {
        var word = reader.Word(token);
        if (word.Length >= 8 && char.IsAsciiDigit(word[0]))
        {
            NumericDate(reader, token, word);
        }

        if (roles.Weekday is not null)
        {
            WeekdayAndDate(reader, token);
        }

        if (roles.Month > 0 && WordShape.IsCapitalized(word))
        {
            Add(reader, token, MonthFirst(reader, token));
            BareMonth(reader, token);
        }

        if (reader.TryDayOfMonth(token, out _, out _))
        {
            Add(reader, token, DayFirst(reader, token));
        }

        if (word.Equals("the", StringComparison.OrdinalIgnoreCase) && reader.Is(token + 2, "of"))
        {
            Add(reader, token, DayFirst(reader, token + 1));
        }

        if (word.StartsWith("mid-", StringComparison.OrdinalIgnoreCase))
        {
            MidPeriod(reader, token, word[4..]);
        }

        YearInContext(reader, token);
    }

    /// <summary>"Sept. 3, 2025", "Sep 3 2025", "May 8", "September 2025", starting at the month.</summary>
    public static CalendarMatch? MonthFirst(TimeTokenReader reader, int month)
    {
        var monthNumber = reader.CapitalizedMonth(month);
        if (monthNumber == 0)
        {
            return null;
        }

        if (reader.TryDayOfMonth(month + 1, out var day, out _) && reader.SameSentence(month, month + 1))
        {
            var yearToken = reader.Is(month + 2, ",") ? month + 3 : month + 2;
            if (reader.TryWrittenYear(yearToken, out var year) && reader.SameSentence(month, yearToken))
            {
                return CalendarArithmetic.Create(year, monthNumber, day) is { } date
                    ? new CalendarMatch(yearToken + 1, new FactDate(date, DatePrecision.Day), false)
                    : null;
            }

            return CanBeDateWithoutYear(reader, month) ? WithoutYear(reader, month + 2, monthNumber, day) : null;
        }

        if (reader.TryWrittenYear(month + 1, out var monthYear) && reader.SameSentence(month, month + 1))
        {
            return new CalendarMatch(month + 2, new FactDate(new DateOnly(monthYear, monthNumber, 1), DatePrecision.Month), false);
        }

        return null;
    }

    /// <summary>"3 September 2025", "3 Sept. 2025", "21st of March", starting at the day number.</summary>
    public static CalendarMatch? DayFirst(TimeTokenReader reader, int dayToken)
    {
        if (!reader.TryDayOfMonth(dayToken, out var day, out var hasOrdinalEnding))
        {
            return null;
        }

        var monthToken = dayToken + 1;
        if (reader.Is(monthToken, "of"))
        {
            if (!hasOrdinalEnding)
            {
                return null; // "3 of them"; "the 3rd of May" says it is a day
            }

            monthToken++;
        }

        var month = reader.CapitalizedMonth(monthToken);
        if (month == 0 || !reader.SameSentence(dayToken, monthToken))
        {
            return null;
        }

        var yearToken = reader.Is(monthToken + 1, ",") ? monthToken + 2 : monthToken + 1;
        if (reader.TryWrittenYear(yearToken, out var year) && reader.SameSentence(dayToken, yearToken))
        {
            return CalendarArithmetic.Create(year, month, day) is { } date
                ? new CalendarMatch(yearToken + 1, new FactDate(date, DatePrecision.Day), false)
                : null;
        }

        return WithoutYear(reader, monthToken + 1, month, day);
    }

    private static CalendarMatch? WithoutYear(TimeTokenReader reader, int endToken, int month, int day) =>
        reader.Reference is { } reference && CalendarArithmetic.NearestWithoutYear(month, day, reference) is { } date
            ? new CalendarMatch(endToken, new FactDate(date, DatePrecision.Day), true)
            : null;

    private static void Add(TimeTokenReader reader, int first, CalendarMatch? match)
    {
        if (match is { } found)
        {
            reader.Add(first, found.EndToken, found.Date, found.YearInferred);
        }
    }

    /// <summary>"Wednesday, Sept. 3" and "Wednesday 3 September 2025": the weekday joins the date it introduces.</summary>
    private static void WeekdayAndDate(TimeTokenReader reader, int weekday)
    {
        var next = reader.Is(weekday + 1, ",") ? weekday + 2 : weekday + 1;
        if (!reader.Has(next) || !reader.SameSentence(weekday, next))
        {
            return;
        }

        var match = MonthFirst(reader, next) ?? DayFirst(reader, next);
        if (match is { Date.Precision: DatePrecision.Day } found)
        {
            reader.Add(weekday, found.EndToken, found.Date, found.YearInferred);
        }
    }

    /// <summary>"2025-09-03" (also the date of "2025-09-03T10:00:00Z") and "09/03/2025".</summary>
    private static void NumericDate(TimeTokenReader reader, int token, ReadOnlySpan<char> word)
    {
        if (word.Length >= IsoDateLength && word[4] == '-' && word[7] == '-'
            && (word.Length == IsoDateLength || word[IsoDateLength] == 'T')
            && TimeTokenReader.IsAllDigits(word[..4]) && TimeTokenReader.IsAllDigits(word[5..7]) && TimeTokenReader.IsAllDigits(word[8..10]))
        {
            var iso = CalendarArithmetic.Create(
                TimeTokenReader.ParseDigits(word[..4]), TimeTokenReader.ParseDigits(word[5..7]), TimeTokenReader.ParseDigits(word[8..10]));
            if (iso is { } date)
            {
                var start = reader.Text.Tokens[token].Start;
                reader.Add(token, token + 1, start + IsoDateLength, new FactDate(date, DatePrecision.Day), false);
            }

            return;
        }

        var firstSlash = word.IndexOf('/');
        var lastSlash = word.LastIndexOf('/');
        if (firstSlash is < 1 or > 2 || (lastSlash != firstSlash + 2 && lastSlash != firstSlash + 3) || word.Length - lastSlash - 1 != 4)
        {
            return;
        }

        var a = word[..firstSlash];
        var b = word[(firstSlash + 1)..lastSlash];
        var y = word[(lastSlash + 1)..];
        if (!TimeTokenReader.IsAllDigits(a) || !TimeTokenReader.IsAllDigits(b) || !TimeTokenReader.IsAllDigits(y))
        {
            return;
        }

        var first = TimeTokenReader.ParseDigits(a);
        var second = TimeTokenReader.ParseDigits(b);
        var year = TimeTokenReader.ParseDigits(y);
        var slashed = first > 12 ? CalendarArithmetic.Create(year, second, first) : CalendarArithmetic.Create(year, first, second);
        if (slashed is { } slashedDate && year >= TimeTokenReader.EarliestWrittenYear)
        {
            reader.Add(token, token + 1, new FactDate(slashedDate, DatePrecision.Day), false);
        }
    }

    /// <summary>"in February", "until March", "early September": a month with no day or year, after a context word.</summary>
    private static void BareMonth(TimeTokenReader reader, int month)
    {
        var roles = reader.Roles(month);
        var context = month - 1;
        if (roles.IsMonthAbbreviation || !reader.Has(context) || !reader.SameSentence(context, month)
            || reader.TryDayOfMonth(month + 1, out _, out _) || reader.TryWrittenYear(month + 1, out _))
        {
            return;
        }

        var strength = reader.Roles(context).MonthContext;
        var strongEnough = strength == MonthContextStrength.Strong || (strength == MonthContextStrength.Weak && !roles.IsNameMonth);
        if (!strongEnough || (roles.IsNameMonth && IsPossessive(reader, month + 1)))
        {
            return; // "by May", "in May's cabinet": the person, not the month
        }

        var first = reader.Roles(context).IsModifier ? context : month;
        AddMonthOfReference(reader, first, month + 1, roles.Month, month);
    }

    /// <summary>"mid-September" and "mid-2024", written as one token.</summary>
    private static void MidPeriod(TimeTokenReader reader, int token, ReadOnlySpan<char> rest)
    {
        if (rest.Length == 4 && TimeTokenReader.IsAllDigits(rest))
        {
            var year = TimeTokenReader.ParseDigits(rest);
            if (TimeTokenReader.IsBareYear(year))
            {
                reader.Add(token, token + 1, new FactDate(new DateOnly(year, 1, 1), DatePrecision.Year), false);
            }

            return;
        }

        var roles = reader.Words.Roles(rest);
        if (roles.Month > 0 && !roles.IsMonthAbbreviation && WordShape.IsCapitalized(rest))
        {
            AddMonthOfReference(reader, token, token + 1, roles.Month, token);
        }
    }

    private static void AddMonthOfReference(TimeTokenReader reader, int first, int end, int month, int monthToken)
    {
        if (reader.Reference is not { } reference)
        {
            return;
        }

        var date = ClauseTense.IsFuture(reader, monthToken)
            ? CalendarArithmetic.MonthOnOrAfter(month, reference)
            : CalendarArithmetic.MonthOnOrBefore(month, reference);
        if (date is { } firstDay)
        {
            reader.Add(first, end, new FactDate(firstDay, DatePrecision.Month), true);
        }
    }

    /// <summary>"in 2024", "since 2019", "late 2024": a 19xx or 20xx number after a word that makes it a year.</summary>
    private static void YearInContext(TimeTokenReader reader, int token)
    {
        var context = token - 1;
        if (!reader.TryBareYear(token, out var year) || !reader.Has(context) || !reader.SameSentence(context, token))
        {
            return;
        }

        var roles = reader.Roles(context);
        if (roles.IsYearContext)
        {
            var first = roles.IsModifier ? context : token;
            reader.Add(first, token + 1, new FactDate(new DateOnly(year, 1, 1), DatePrecision.Year), false);
        }
    }

    /// <summary>
    /// False when the month follows a capitalised word in mid-sentence that is no weekday, month or context word
    /// ("Theresa May 8"): then it is most likely a surname. All-capital words (datelines) and sentence openers pass.
    /// </summary>
    private static bool CanBeDateWithoutYear(TimeTokenReader reader, int month)
    {
        var previous = month - 1;
        if (!reader.Has(previous) || !reader.SameSentence(previous, month)
            || previous == reader.Text.FirstWordOfSentence(reader.Text.SentenceOfToken[month]))
        {
            return true;
        }

        var word = reader.Word(previous);
        if (!WordShape.IsCapitalized(word) || WordShape.IsAllCapitals(word))
        {
            return true;
        }

        var roles = reader.Roles(previous);
        return roles.Weekday is not null || roles.Month > 0 || roles.MonthContext != MonthContextStrength.None || roles.IsYearContext;
    }

    private static bool IsPossessive(TimeTokenReader reader, int token) =>
        reader.Is(token, "'s") || reader.Is(token, "’s");
}
