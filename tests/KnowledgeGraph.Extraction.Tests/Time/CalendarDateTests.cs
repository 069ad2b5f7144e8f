using KnowledgeGraph.Core.Facts;
using static KnowledgeGraph.Extraction.Tests.Time.FoundTimes;

namespace KnowledgeGraph.Extraction.Tests.Time;

/// <summary>Dates written as calendar dates: full dates, dates without a year, months and years.</summary>
public class CalendarDateTests
{
    [Theory]
    [InlineData("The council voted on Sept. 3, 2025, to close the ferry line.", "Sept. 3, 2025")]
    [InlineData("The ferry line closed Sep 3 2025 after a storm.", "Sep 3 2025")]
    [InlineData("Dock workers walked out on September 3, 2025.", "September 3, 2025")]
    [InlineData("Dock workers walked out on September 3rd, 2025.", "September 3rd, 2025")]
    [InlineData("The treaty was signed on 3 September 2025 in Valletta.", "3 September 2025")]
    [InlineData("Inspectors arrived on 3 Sept. 2025 to count the crates.", "3 Sept. 2025")]
    [InlineData("The registry lists the recall under 2025-09-03 with no comment.", "2025-09-03")]
    [InlineData("The notice, dated 09/03/2025, was pinned to the gate.", "09/03/2025")]
    [InlineData("Bids close Wednesday, Sept. 3, 2025, at noon.", "Wednesday, Sept. 3, 2025")]
    [InlineData("The festival opens on the 3rd of September 2025.", "the 3rd of September 2025")]
    public void A_full_date_is_read_off_the_text_at_day_precision(string text, string expression)
    {
        foreach (var reference in new DateOnly?[] { null, new DateOnly(2019, 1, 1) })
        {
            var found = Assert.Single(In(text, reference));
            Assert.Equal(expression, found.Span.Slice(text));
            Assert.Equal(new FactDate(new DateOnly(2025, 9, 3), DatePrecision.Day), found.Date);
            Assert.False(found.IsRelative);
        }
    }

    [Fact]
    public void The_span_starts_and_ends_exactly_at_the_expression()
    {
        const string text = "On Sept. 3, 2025, the port reopened.";
        var found = Assert.Single(In(text, null));
        Assert.Equal(3, found.Span.Start);
        Assert.Equal(16, found.Span.End);
    }

    [Fact]
    public void An_iso_date_time_gives_only_its_date_part()
    {
        const string text = "Stamped 2025-09-03T10:15:00Z by the server.";
        Assert.Equal(["2025-09-03=2025-09-03"], Describe(text, null));
    }

    [Theory]
    [InlineData("The form dated 25/03/2025 was rejected.", "2025-03-25")]
    [InlineData("The form dated 3/25/2025 was rejected.", "2025-03-25")]
    [InlineData("The form dated 02/03/2025 was rejected.", "2025-02-03")]
    public void Slashed_dates_read_month_first_unless_the_first_number_cannot_be_a_month(string text, string iso) =>
        Assert.Equal(iso, Assert.Single(In(text, null)).Date.ToIso());

    [Theory]
    [InlineData("The mayor spoke on May 8 at the harbour.", "2025-09-03", "May 8=2025-05-08")]
    [InlineData("Voting ends on Jan. 10 under the new rules.", "2025-12-20", "Jan. 10=2026-01-10")]
    [InlineData("The audit was finished on Dec. 30 by the clerks.", "2026-01-02", "Dec. 30=2025-12-30")]
    [InlineData("The museum reopens on 12 October after repairs.", "2025-09-03", "12 October=2025-10-12")]
    [InlineData("The festival opens on the 3rd of September.", "2025-09-03", "the 3rd of September=2025-09-03")]
    [InlineData("Talks resumed Wednesday, Sept. 3, in the capital.", "2025-09-04", "Wednesday, Sept. 3=2025-09-03")]
    public void A_date_without_a_year_takes_the_year_that_puts_it_nearest_the_reference(string text, string reference, string expected)
    {
        Assert.Equal([expected], Describe(text, DateOnly.Parse(reference, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.True(Assert.Single(In(text, Wednesday)).IsRelative);
    }

    [Theory]
    [InlineData("The mayor spoke on May 8 at the harbour.")]
    [InlineData("The festival opens on the 3rd of September.")]
    [InlineData("The framework was agreed in February.")]
    public void A_date_without_a_year_is_skipped_without_a_reference(string text) => Assert.Empty(In(text, null));

    [Theory]
    [InlineData("Revenue fell in September 2025 at the mill.", "September 2025=2025-09")]
    [InlineData("The plant opened in March 1998 under state control.", "March 1998=1998-03")]
    [InlineData("The census of Sept. 2025 counted more flats.", "Sept. 2025=2025-09")]
    public void A_month_with_a_year_has_month_precision(string text, string expected)
    {
        Assert.Equal([expected], Describe(text, null));
        var found = Assert.Single(In(text, null));
        Assert.Equal(DatePrecision.Month, found.Date.Precision);
        Assert.Equal(1, found.Date.Date.Day);
        Assert.False(found.IsRelative);
    }

    [Theory]
    [InlineData("The framework was agreed in February.", "February=2025-02")]
    [InlineData("The lease ran out in November.", "November=2024-11")]
    [InlineData("The levy has applied since March.", "March=2025-03")]
    [InlineData("Harvest figures came in September.", "September=2025-09")]
    [InlineData("The lease will run out in November.", "November=2025-11")]
    [InlineData("The new terminal is due to open in February.", "February=2026-02")]
    [InlineData("Rain returned in early February.", "early February=2025-02")]
    [InlineData("Crews paved the road in mid-August.", "mid-August=2025-08")]
    [InlineData("Fares stayed frozen until June.", "June=2025-06")]
    [InlineData("The mayor will decide by August whether to run.", "August=2026-08")]
    public void A_bare_month_after_a_context_word_is_the_nearest_past_one_or_the_next_in_a_future_clause(string text, string expected)
    {
        Assert.Equal([expected], Describe(text, Wednesday));
        Assert.True(Assert.Single(In(text, Wednesday)).IsRelative);
    }

    [Theory]
    [InlineData("The port was privatised in 2024.", "2024=2024")]
    [InlineData("The tax has been frozen since 2019 by decree.", "2019=2019")]
    [InlineData("The line should be finished by 2030.", "2030=2030")]
    [InlineData("Sales slumped in late 2024.", "late 2024=2024")]
    [InlineData("Sales slumped in mid-2024.", "mid-2024=2024")]
    public void A_year_after_a_context_word_has_year_precision(string text, string expected)
    {
        Assert.Equal([expected], Describe(text, null));
        var found = Assert.Single(In(text, null));
        Assert.Equal(DatePrecision.Year, found.Date.Precision);
        Assert.Equal(new DateOnly(found.Date.Date.Year, 1, 1), found.Date.Date);
    }

    [Fact]
    public void Several_forms_in_one_sentence_come_out_in_text_order()
    {
        const string text = "Signed on 3 March 2024, the deal was revised in 2025 and again on 2025-06-30.";
        Assert.Equal(["3 March 2024=2024-03-03", "2025=2025", "2025-06-30=2025-06-30"], Describe(text, null));
    }
}
