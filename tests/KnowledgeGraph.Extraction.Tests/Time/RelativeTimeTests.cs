using static KnowledgeGraph.Extraction.Tests.Time.FoundTimes;

namespace KnowledgeGraph.Extraction.Tests.Time;

/// <summary>Times resolved against the reference date, Wednesday 2025-09-03 unless a test says otherwise.</summary>
public class RelativeTimeTests
{
    [Theory]
    [InlineData("The clerk said today that the files were lost.", "today=2025-09-03")]
    [InlineData("The clerk said yesterday that the files were lost.", "yesterday=2025-09-02")]
    [InlineData("The files will be returned tomorrow.", "tomorrow=2025-09-04")]
    [InlineData("Firefighters were called out last night.", "last night=2025-09-02")]
    [InlineData("The pier was closed this morning.", "this morning=2025-09-03")]
    public void Named_days_count_from_the_reference(string text, string expected)
    {
        Assert.Equal([expected], Describe(text, Wednesday));
        Assert.True(Assert.Single(In(text, Wednesday)).IsRelative);
    }

    [Theory]
    [InlineData("The ministers met on Tuesday.", "Tuesday=2025-09-02")]
    [InlineData("Harbour pilots struck Monday over pay.", "Monday=2025-09-01")]
    [InlineData("The ministers met on Thursday.", "Thursday=2025-08-28")]
    [InlineData("Tuesday's vote split the council.", "Tuesday=2025-09-02")]
    [InlineData("The ferry sails on Sundays, and it sailed on Sunday.", "Sunday=2025-08-31")]
    public void A_weekday_in_a_past_or_present_sentence_is_the_latest_one_on_or_before_the_reference(string text, string expected) =>
        Assert.Equal([expected], Describe(text, Wednesday));

    [Theory]
    [InlineData("Tomas Berg will visit Porto on Friday, two days after he met Ana Ruiz on Monday.", "Monday=2025-09-01")]
    [InlineData("The envoy is expected to fly to Quito on Friday after Ruiz signed the deal on Monday.", "Monday=2025-09-01")]
    public void A_past_verb_with_its_own_subject_ends_the_reach_of_a_future_word_before_it(string text, string expected) =>
        Assert.Contains(expected, FoundTimes.Describe(text, FoundTimes.Wednesday));

    [Fact]
    public void A_future_phrase_ending_in_ed_is_still_future() =>
        Assert.Contains("Thursday=2025-09-04", FoundTimes.Describe("The envoy is expected to land in Quito on Thursday.", FoundTimes.Wednesday));

    [Theory]
    [InlineData("The ministers met on Wednesday.")]
    [InlineData("The ministers meet on Wednesday to sign the pact.")]
    [InlineData("Wednesday's talks ended early.")]
    public void A_past_or_present_weekday_that_is_the_reference_day_is_the_reference_itself(string text) =>
        Assert.Equal(Wednesday, Assert.Single(In(text, Wednesday)).Date.Date);

    [Theory]
    [InlineData("The minister will travel to Quito on Thursday.", "Thursday=2025-09-04")]
    [InlineData("The envoy is scheduled to visit the port on Friday.", "Friday=2025-09-05")]
    [InlineData("The court is due to rule on Monday.", "Monday=2025-09-08")]
    [InlineData("Unions plan to strike on Tuesday.", "Tuesday=2025-09-09")]
    [InlineData("The board is expected to vote on Saturday.", "Saturday=2025-09-06")]
    [InlineData("The mayor is going to announce it on Friday.", "Friday=2025-09-05")]
    [InlineData("Talks are set to resume on Thursday.", "Thursday=2025-09-04")]
    [InlineData("We'll know more on Thursday, the clerk said.", "Thursday=2025-09-04")]
    [InlineData("The ministers will meet on Wednesday.", "Wednesday=2025-09-10")]
    public void A_weekday_in_a_future_clause_is_the_first_one_after_the_reference(string text, string expected) =>
        Assert.Equal([expected], Describe(text, Wednesday));

    [Fact]
    public void Each_clause_keeps_its_own_tense() =>
        Assert.Equal(
            ["Tuesday=2025-09-02", "Friday=2025-09-05"],
            Describe("The envoy met the mayor on Tuesday and will fly home on Friday.", Wednesday));

    [Theory]
    [InlineData("The ministers agreed on Tuesday to set up a panel that will meet monthly.", "Tuesday=2025-09-02")]
    [InlineData("The union said on Monday that talks will resume soon.", "Monday=2025-09-01")]
    [InlineData("Officials expect that the ferry will sail on Friday.", "Friday=2025-09-05")]
    [InlineData("Talks broke down on Monday, and mediators will return soon.", "Monday=2025-09-01")]
    [InlineData("The strike will go on, the union said on Tuesday.", "Tuesday=2025-09-02")]
    [InlineData("Union leaders said Tuesday the strike will go on.", "Tuesday=2025-09-02")]
    [InlineData("On Thursday, the envoy will fly to Quito.", "Thursday=2025-09-04")]
    public void A_future_word_moves_only_the_weekday_of_its_own_clause(string text, string expected) =>
        Assert.Equal([expected], Describe(text, Wednesday));

    [Fact]
    public void The_noun_will_does_not_make_a_sentence_future() =>
        Assert.Equal(["Sunday=2025-08-31"], Describe("Voters expressed the will of the people on Sunday.", Wednesday));

    [Theory]
    [InlineData("The ferry sank last Friday.", "last Friday=2025-08-29")]
    [InlineData("The ferry sank last Wednesday.", "last Wednesday=2025-08-27")]
    [InlineData("The inquiry opens next Monday.", "next Monday=2025-09-08")]
    [InlineData("The inquiry opens next Wednesday.", "next Wednesday=2025-09-10")]
    [InlineData("The inquiry opened this Monday.", "this Monday=2025-09-01")]
    [InlineData("The inquiry opens this Thursday.", "this Thursday=2025-09-04")]
    public void Last_next_and_this_fix_the_weekday_whatever_the_tense(string text, string expected) =>
        Assert.Equal([expected], Describe(text, Wednesday));

    [Theory]
    [InlineData("Prices rose sharply last month.", "last month=2025-08")]
    [InlineData("Prices rose sharply this month.", "this month=2025-09")]
    [InlineData("Prices rose sharply earlier this month.", "earlier this month=2025-09")]
    [InlineData("Prices will rise next month.", "next month=2025-10")]
    [InlineData("The port lost money last year.", "last year=2024")]
    [InlineData("The port made money this year.", "this year=2025")]
    [InlineData("The port made money earlier this year.", "earlier this year=2025")]
    [InlineData("The port expects a profit next year.", "next year=2026")]
    [InlineData("The dam was inspected last September.", "last September=2024-09")]
    [InlineData("The dam will be inspected next February.", "next February=2026-02")]
    [InlineData("The mill closed three years ago.", "three years ago=2022")]
    [InlineData("The mill closed a month ago.", "a month ago=2025-08")]
    [InlineData("The mill closed two weeks ago.", "two weeks ago=2025-08-20")]
    [InlineData("The mill closed 10 days ago.", "10 days ago=2025-08-24")]
    public void Months_and_years_relative_to_the_reference_keep_their_precision(string text, string expected) =>
        Assert.Equal([expected], Describe(text, Wednesday));

    [Theory]
    [InlineData("Talks continued this week.", "this week=2025-09")]
    [InlineData("Talks continued earlier this week.", "earlier this week=2025-09")]
    [InlineData("Talks broke down last week.", "last week=2025-08")]
    [InlineData("Talks resume next week.", "next week=2025-09")]
    public void A_week_inside_one_month_is_that_month(string text, string expected) =>
        Assert.Equal([expected], Describe(text, Wednesday));

    [Fact]
    public void A_week_across_two_months_has_no_date() =>
        Assert.Empty(In("Talks continued this week.", new DateOnly(2025, 10, 1)));

    [Fact]
    public void A_day_after_an_event_dates_the_event_a_day_before_the_reference() =>
        Assert.Equal(["a day after=2025-09-02"], Describe("The summit came a day after the navy's strike on the convoy.", Wednesday));

    [Fact]
    public void A_day_after_an_event_counts_from_a_date_earlier_in_the_same_sentence() =>
        Assert.Equal(
            ["Monday=2025-09-01", "two days after=2025-08-30"],
            Describe("On Monday, two days after the vote, the council resigned.", Wednesday));

    [Fact]
    public void A_day_before_an_event_dates_the_event_a_day_after_the_reference() =>
        Assert.Equal(["the day before=2025-09-04"], Describe("Crowds gathered the day before the vote.", Wednesday));

    [Fact]
    public void Later_counts_from_the_last_day_of_the_paragraph() =>
        Assert.Equal(
            ["Monday=2025-09-01", "Two days later=2025-09-03"],
            Describe("The rebels withdrew on Monday. Two days later, the border reopened.", Wednesday));

    [Fact]
    public void Later_in_a_new_paragraph_counts_from_the_reference() =>
        Assert.Equal(
            ["Monday=2025-09-01", "A week later=2025-09-10"],
            Describe("The rebels withdrew on Monday.\nA week later, the border reopened.", Wednesday));

    [Theory]
    [InlineData("The ministers had spoken by phone the day before.", "the day before=2025-09-02")]
    [InlineData("The talks ended two days earlier.", "two days earlier=2025-09-01")]
    [InlineData("The ship docked a day later.", "a day later=2025-09-04")]
    public void Shifts_without_an_earlier_date_count_from_the_reference(string text, string expected) =>
        Assert.Equal([expected], Describe(text, Wednesday));

    [Fact]
    public void The_next_day_chains_from_the_previous_sentence() =>
        Assert.Equal(
            ["Monday=2025-09-01", "The next day=2025-09-02", "the following day=2025-09-03"],
            Describe("The strike began on Monday. The next day, talks failed. Police cleared the pier the following day.", Wednesday));

    [Fact]
    public void A_shift_counts_from_a_written_date_even_without_a_reference() =>
        Assert.Equal(
            ["4 March 2025=2025-03-04", "Two days later=2025-03-06"],
            Describe("The strike began on 4 March 2025. Two days later, talks failed.", null));
}
