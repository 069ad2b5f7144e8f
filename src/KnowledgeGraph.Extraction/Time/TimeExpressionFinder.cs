using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Facts;

namespace KnowledgeGraph.Extraction.Time;

/// <summary>
/// Finds every time expression in a text and the date it stands for: calendar dates in the common news forms
/// (<see cref="CalendarDateForms"/>) and times given relative to the document's date or to another date
/// (<see cref="RelativeDateForms"/>).
/// <para>
/// Every form proposes the expressions it sees at every token; where proposals overlap the longest wins ("Wednesday,
/// Sept. 3" over "Wednesday", "earlier this month" over "this month"), so the result is sorted by start and free of
/// overlaps. A span covers the expression itself, without the preposition that introduced it: "on May 8" gives
/// "May 8", "in February" gives "February", while "last Friday", "early September" and "a day after" keep their
/// first word, which changes the date. Forms that need the document's date are skipped when
/// <c>referenceDate</c> is null; invalid dates ("Feb 30, 2025") are skipped, never thrown.
/// </para>
/// </summary>
public static class TimeExpressionFinder
{
    /// <summary>Every time expression in <paramref name="text"/>, sorted by start, non-overlapping.</summary>
    /// <param name="text">The analysed document text.</param>
    /// <param name="referenceDate">The document's date (see <see cref="ReferenceDate"/>); null when unknown.</param>
    public static IReadOnlyList<TimeExpression> Find(AnalyzedText text, DateOnly? referenceDate)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Find(text, referenceDate, text.Tokens.Count);
    }

    /// <summary>The same, reading only tokens before <paramref name="endToken"/>.</summary>
    internal static List<TimeExpression> Find(AnalyzedText text, DateOnly? referenceDate, int endToken)
    {
        var reader = new TimeTokenReader(text, referenceDate, endToken);
        for (var token = 0; token < endToken; token++)
        {
            var roles = reader.Roles(token);
            CalendarDateForms.Collect(reader, token, roles);
            RelativeDateForms.Collect(reader, token, roles);
        }

        return Resolve(text, referenceDate, ChooseLongest(reader.Candidates, endToken));
    }

    /// <summary>Longest first (the earlier on a tie); a candidate sharing a token with one already taken is dropped.</summary>
    private static List<TimeCandidate> ChooseLongest(List<TimeCandidate> candidates, int tokenCount)
    {
        if (candidates.Count == 0)
        {
            return candidates;
        }

        candidates.Sort(static (a, b) =>
            a.Length != b.Length ? b.Length.CompareTo(a.Length)
            : a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : a.EndToken.CompareTo(b.EndToken));
        var taken = new bool[tokenCount];
        var chosen = new List<TimeCandidate>();
        foreach (var candidate in candidates)
        {
            if (Array.IndexOf(taken, true, candidate.FirstToken, candidate.EndToken - candidate.FirstToken) >= 0)
            {
                continue;
            }

            Array.Fill(taken, true, candidate.FirstToken, candidate.EndToken - candidate.FirstToken);
            chosen.Add(candidate);
        }

        chosen.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return chosen;
    }

    /// <summary>
    /// Turns the chosen candidates into expressions, in text order, dating each shifted one ("a day later") from the
    /// last day-dated expression before it in its sentence or paragraph, or else from the reference date.
    /// </summary>
    private static List<TimeExpression> Resolve(AnalyzedText text, DateOnly? referenceDate, List<TimeCandidate> chosen)
    {
        var expressions = new List<TimeExpression>(chosen.Count);
        var paragraphs = new ParagraphCounter(text);
        DateOnly? lastDay = null;
        int lastDaySentence = -1, lastDayParagraph = -1;
        foreach (var candidate in chosen)
        {
            var sentence = text.SentenceOfToken[candidate.FirstToken];
            var paragraph = paragraphs.ParagraphOf(sentence);
            var date = candidate.Date;
            if (candidate.Shift is { } shift)
            {
                var anchorInScope = shift.Scope == AnchorScope.Sentence ? lastDaySentence == sentence : lastDayParagraph == paragraph;
                var anchor = anchorInScope ? lastDay : referenceDate;
                if (anchor is null || Apply(shift, anchor.Value) is not { } shifted)
                {
                    continue;
                }

                date = shifted;
            }

            expressions.Add(new TimeExpression(new TextSpan(candidate.Start, candidate.End), date, candidate.IsRelative));
            if (date.Precision == DatePrecision.Day)
            {
                (lastDay, lastDaySentence, lastDayParagraph) = (date.Date, sentence, paragraph);
            }
        }

        return expressions;
    }

    private static FactDate? Apply(AnchoredShift shift, DateOnly anchor)
    {
        var date = shift.Unit switch
        {
            DatePrecision.Day => CalendarArithmetic.AddDays(anchor, shift.Amount),
            DatePrecision.Month => CalendarArithmetic.AddMonths(anchor, shift.Amount),
            _ => CalendarArithmetic.AddYears(anchor, shift.Amount),
        };
        return date is { } found ? new FactDate(found, shift.Unit) : null;
    }
}
