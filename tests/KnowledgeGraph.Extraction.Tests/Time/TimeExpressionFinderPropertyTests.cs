using FsCheck;
using FsCheck.Fluent;
using KnowledgeGraph.Extraction.Time;

namespace KnowledgeGraph.Extraction.Tests.Time;

/// <summary>
/// Whatever the text and reference date, <see cref="TimeExpressionFinder.Find"/> returns without throwing, and its
/// spans lie inside the text, sorted by start and without overlaps. FsCheck.Xunit is not served, so the property runs
/// inside a plain fact.
/// </summary>
public class TimeExpressionFinderPropertyTests
{
    private static readonly string[] Pieces =
    [
        "Sept.", "Sep", "May", "may", "March", "Feb", "February", "3", "30", "31", "0", "00", "3rd", "21st", "99th",
        "2025", "1999", "0000", "9999", "99999999", "2,025", "$2,025", "1,500", "2025-02-30", "2025-09-03", "9999-12-31",
        "0001-01-01T", "13/13/2025", "02/30/2025", "0/0/0000", "99/99/9999", "mid-", "mid-2024", "mid-May", "the", "of",
        "a", "day", "days", "week", "month", "year", "years", "after", "before", "later", "earlier", "ago", "last", "next",
        "this", "in", "since", "by", "early", "Monday", "Wednesday", "sunday", "today", "yesterday", "tomorrow", "will",
        "'ll", "is", "due", "to", "and", "the", ",", ".", ";", "%", "—", "\n", "\n\n", "Theresa", "night", "morning",
    ];

    private static readonly DateOnly?[] References =
    [
        null, DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(2025, 9, 3), new DateOnly(2024, 2, 29),
        new DateOnly(1, 1, 7), new DateOnly(9999, 12, 25),
    ];

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\n\n\n")]
    [InlineData("0123456789")]
    [InlineData("99999999")]
    [InlineData("99999999 days ago")]
    [InlineData("999 years ago")]
    [InlineData("Feb 30, 2025")]
    [InlineData("the 31st of February 2025")]
    [InlineData("February 29 on a Wednesday")]
    [InlineData("May May May 8 8 8 2025 2025")]
    [InlineData("next week next month next year last week last month last year")]
    [InlineData("a day after")]
    [InlineData("the day before")]
    [InlineData("Wednesday, Sept.")]
    [InlineData("mid-")]
    [InlineData("in")]
    public void Odd_inputs_give_well_formed_results_for_every_reference(string text)
    {
        foreach (var reference in References)
        {
            AssertWellFormed(text, reference);
        }
    }

    [Fact]
    public void Random_sequences_of_time_words_give_well_formed_results()
    {
        var texts = Gen.ArrayOf(Gen.Elements(Pieces)).Select(words => string.Join(' ', words));
        var references = Gen.Elements(References);
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(300),
            Prop.ForAll(texts.ToArbitrary(), references.ToArbitrary(), (text, reference) => AssertWellFormed(text, reference)));
    }

    private static void AssertWellFormed(string text, DateOnly? reference)
    {
        var found = TimeExpressionFinder.Find(AnalyzedText.Analyze(text), reference);
        var previousEnd = 0;
        foreach (var expression in found)
        {
            Assert.True(expression.Span.Start >= previousEnd, $"overlap or disorder at {expression.Span} in '{text}'");
            Assert.True(expression.Span.Length > 0, $"empty span in '{text}'");
            Assert.True(expression.Span.End <= text.Length, $"span {expression.Span} past the end of '{text}'");
            previousEnd = expression.Span.End;
        }
    }
}
