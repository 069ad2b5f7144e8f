using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Extraction.Events;

namespace KnowledgeGraph.Extraction.Tests.Facts;

/// <summary>
/// Events of an article that never says when it was written get a floating date: their day for each weekday the
/// article could have been written on. Tested through the pipeline, since the stage is internal.
/// </summary>
public sealed class FloatingEventDatesTests
{
    private const string TuesdayMeeting = "Ana Ruiz met Tomas Berg in Lisbon on Tuesday.";

    // Sunday 2025-03-09 to Saturday 2025-03-15.
    private static readonly DateOnly Sunday = new(2025, 3, 9);

    [Fact]
    public void An_undated_article_gives_its_event_a_floating_date_and_no_date()
    {
        var facts = InventedArticle.Extract(TuesdayMeeting);

        var meeting = facts.Event(EventTypes.Meeting);

        Assert.Null(facts.ReferenceDate);
        Assert.Null(meeting.Date);
        Assert.NotNull(meeting.Floating);
        var wednesday = new DateOnly(2025, 3, 12);
        Assert.Equal(new FactDate(new DateOnly(2025, 3, 11), DatePrecision.Day), meeting.Floating.On(wednesday));
    }

    [Fact]
    public void Whatever_weekday_it_was_written_on_the_event_falls_on_the_last_tuesday()
    {
        var meeting = InventedArticle.Extract(TuesdayMeeting).Event(EventTypes.Meeting);

        for (var day = 0; day < 7; day++)
        {
            var written = Sunday.AddDays(day);
            var date = meeting.Floating!.On(written);

            Assert.NotNull(date);
            Assert.Equal(DatePrecision.Day, date.Value.Precision);
            Assert.Equal(DayOfWeek.Tuesday, date.Value.Date.DayOfWeek);
            Assert.InRange(written.DayNumber - date.Value.Date.DayNumber, 0, 6);
        }
    }

    [Fact]
    public void The_floating_date_gives_for_each_weekday_what_a_dated_copy_of_the_article_says()
    {
        var floating = InventedArticle.Extract(TuesdayMeeting).Event(EventTypes.Meeting).Floating;

        for (var day = 0; day < 7; day++)
        {
            var written = Sunday.AddDays(day);
            var dated = InventedArticle.Extract(TuesdayMeeting, published: written).Event(EventTypes.Meeting);

            Assert.Equal(dated.Date, floating!.On(written));
        }
    }

    [Fact]
    public void A_published_article_gives_its_event_a_date_and_no_floating_date()
    {
        var facts = InventedArticle.Extract(TuesdayMeeting, published: new DateOnly(2025, 3, 13));

        var meeting = facts.Event(EventTypes.Meeting);

        Assert.Equal(new DateOnly(2025, 3, 13), facts.ReferenceDate);
        Assert.Equal(new FactDate(new DateOnly(2025, 3, 11), DatePrecision.Day), meeting.Date);
        Assert.Null(meeting.Floating);
    }

    [Fact]
    public void Yesterday_is_the_day_before_whatever_the_day_of_writing()
    {
        var meeting = InventedArticle.Extract("Ana Ruiz met Tomas Berg in Lisbon yesterday.").Event(EventTypes.Meeting);

        Assert.Null(meeting.Date);
        Assert.Equal([-1, -1, -1, -1, -1, -1, -1], meeting.Floating!.OffsetsByWeekday);
    }

    [Fact]
    public void An_undated_article_that_never_says_when_leaves_the_event_without_either_date()
    {
        var meeting = InventedArticle.Extract("Ana Ruiz met Tomas Berg in Lisbon.").Event(EventTypes.Meeting);

        Assert.Null(meeting.Date);
        Assert.Null(meeting.Floating);
    }

    [Fact]
    public void A_day_of_the_year_without_a_year_cannot_float_on_a_weekday()
    {
        var meeting = InventedArticle.Extract("Ana Ruiz met Tomas Berg in Lisbon on May 8.").Event(EventTypes.Meeting);

        Assert.Null(meeting.Date);
        Assert.Null(meeting.Floating);
    }

    [Theory]
    [InlineData("June 1")]
    [InlineData("May 25")]
    [InlineData("June 10")]
    public void A_day_of_the_year_without_a_year_never_floats_whatever_its_month(string day)
    {
        var text = $"Ana Ruiz met Tomas Berg in Lisbon on {day}.";
        var floating = InventedArticle.Extract(text).Event(EventTypes.Meeting).Floating;

        // Were it to float, each weekday's reading would have to give what a dated copy of the article says.
        for (var weekday = 0; weekday < 7 && floating is not null; weekday++)
        {
            var written = Sunday.AddDays(weekday);
            Assert.Equal(InventedArticle.Extract(text, published: written).Event(EventTypes.Meeting).Date, floating.On(written));
        }

        Assert.Null(floating);
    }

    [Fact]
    public void A_full_date_in_the_text_dates_the_article_so_nothing_floats()
    {
        var facts = InventedArticle.Extract("On March 11, 2025, Ana Ruiz met Tomas Berg in Lisbon.");

        var meeting = facts.Event(EventTypes.Meeting);

        Assert.Equal(new DateOnly(2025, 3, 11), facts.ReferenceDate);
        Assert.Equal(new FactDate(new DateOnly(2025, 3, 11), DatePrecision.Day), meeting.Date);
        Assert.Null(meeting.Floating);
    }

    [Fact]
    public void Each_event_keeps_its_own_offsets()
    {
        var facts = InventedArticle.Extract("Ana Ruiz hosted Tomas Berg in Santiago on Friday. Two days later, Ruiz visited Lima.");

        var meeting = facts.Event(EventTypes.Meeting);
        var visit = facts.Event(EventTypes.Visit);

        for (var day = 0; day < 7; day++)
        {
            var written = Sunday.AddDays(day);
            var met = meeting.Floating!.On(written)!.Value.Date;
            var visited = visit.Floating!.On(written)!.Value.Date;

            Assert.Equal(DayOfWeek.Friday, met.DayOfWeek);
            Assert.Equal(2, visited.DayNumber - met.DayNumber);
        }
    }

    [Fact]
    public void Offsets_stay_within_two_weeks_of_the_day_of_writing()
    {
        var facts = InventedArticle.Extract(
            "Ana Ruiz arrived in Lima on Monday. She met Tomas Berg on Tuesday. Berg visited Quito yesterday.");

        Assert.NotEmpty(facts.Events);
        Assert.All(facts.Events, e =>
        {
            Assert.Null(e.Date);
            Assert.NotNull(e.Floating);
            Assert.Equal(7, e.Floating.OffsetsByWeekday.Count);
            Assert.All(e.Floating.OffsetsByWeekday, days => Assert.InRange(days!.Value, -14, 14));
        });
    }
}
