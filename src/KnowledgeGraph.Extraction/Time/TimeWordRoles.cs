namespace KnowledgeGraph.Extraction.Time;

/// <summary>
/// Everything <c>time-words.txt</c> says about one word. A word can play several parts ("may" is a month and a
/// name-month, "in" both a month context and a year context), so the roles are fields of one value, not a kind.
/// </summary>
/// <param name="Month">1 to 12 when the word names a month, else 0.</param>
/// <param name="IsMonthAbbreviation">"Sept.", "Jan": needs a day or a year beside it to be a date.</param>
/// <param name="IsNameMonth">A month that is also a surname ("May"); alone it needs a strong context.</param>
/// <param name="Weekday">The day the word names, when it names one.</param>
/// <param name="Number">The value of a counting word ("a", "two"), when it is one.</param>
/// <param name="DayOffset">Days from the document's date ("yesterday" is -1), when the word names a day.</param>
/// <param name="IsPartOfDay">"morning", "evening": "this morning" is the document's own day.</param>
/// <param name="MonthContext">Whether the word lets a following bare month be a date.</param>
/// <param name="IsYearContext">Whether the word lets a following four-digit number be a year.</param>
/// <param name="IsModifier">"early", "late": a context word that is part of the expression it stands before.</param>
/// <param name="IsDeterminer">"the", "his": the word after it is a noun, so "the will" is no future.</param>
/// <param name="IsClauseOpener">"and", "that", "which": may open a clause with a tense of its own.</param>
internal readonly record struct TimeWordRoles(
    int Month,
    bool IsMonthAbbreviation,
    bool IsNameMonth,
    DayOfWeek? Weekday,
    int? Number,
    int? DayOffset,
    bool IsPartOfDay,
    MonthContextStrength MonthContext,
    bool IsYearContext,
    bool IsModifier,
    bool IsDeterminer,
    bool IsClauseOpener);
