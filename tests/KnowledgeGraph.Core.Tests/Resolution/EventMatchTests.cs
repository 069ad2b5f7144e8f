using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Core.Resolution;

namespace KnowledgeGraph.Core.Tests.Resolution;

/// <summary>
/// When two reports are one event and what the joined event keeps. Graph ids are invented: 1 and 2 are two people who
/// met, 3 a third person, 20 and 21 two cities.
/// </summary>
public sealed class EventMatchTests
{
    private const long Ruiz = 1, Berg = 2, Alves = 3, Lisbon = 20, Porto = 21;

    private static FactDate Day(int year, int month, int day) => new(new DateOnly(year, month, day), DatePrecision.Day);

    private static FactDate Month(int year, int month) => new(new DateOnly(year, month, 1), DatePrecision.Month);

    private static FactDate Year(int year) => new(new DateOnly(year, 1, 1), DatePrecision.Year);

    private static EventSignature Meeting(FactDate? date, long? place, params long[] participants) =>
        new("meeting", date, place, participants.ToHashSet());

    [Fact]
    public void Two_shared_participants_on_the_same_day_are_one_event()
    {
        Assert.True(EventMatch.IsSame(Meeting(Day(2025, 3, 11), null, Ruiz, Berg), Meeting(Day(2025, 3, 11), null, Berg, Ruiz)));
    }

    [Fact]
    public void Events_of_different_types_never_match()
    {
        var meeting = Meeting(Day(2025, 3, 11), Lisbon, Ruiz, Berg);
        var talks = meeting with { EventType = "talks" };

        Assert.False(EventMatch.IsSame(meeting, talks));
        Assert.False(EventMatch.IsSame(talks, meeting));
    }

    [Theory]
    [InlineData(10, true)]
    [InlineData(11, true)]
    [InlineData(12, true)]
    [InlineData(9, false)]
    [InlineData(13, false)]
    [InlineData(14, false)]
    public void Days_agree_within_one_day_either_way(int reportedDay, bool same)
    {
        var known = Meeting(Day(2025, 3, 11), null, Ruiz, Berg);
        var report = Meeting(Day(2025, 3, reportedDay), null, Ruiz, Berg);

        Assert.Equal(same, EventMatch.IsSame(known, report));
        Assert.Equal(same, EventMatch.IsSame(report, known));
    }

    [Fact]
    public void The_one_day_tolerance_reaches_across_a_month_end()
    {
        Assert.True(EventMatch.IsSame(Meeting(Day(2025, 3, 31), null, Ruiz, Berg), Meeting(Day(2025, 4, 1), null, Ruiz, Berg)));
        Assert.True(EventMatch.IsSame(Meeting(Day(2024, 12, 31), null, Ruiz, Berg), Meeting(Day(2025, 1, 1), null, Ruiz, Berg)));
    }

    [Theory]
    [InlineData(2025, 3, 1, true)]
    [InlineData(2025, 3, 31, true)]
    [InlineData(2025, 4, 1, false)]
    [InlineData(2025, 2, 28, false)]
    [InlineData(2024, 3, 15, false)]
    public void A_month_and_a_day_compare_at_the_month(int year, int month, int day, bool same)
    {
        var known = Meeting(Month(2025, 3), null, Ruiz, Berg);
        var report = Meeting(Day(year, month, day), null, Ruiz, Berg);

        Assert.Equal(same, EventMatch.IsSame(known, report));
        Assert.Equal(same, EventMatch.IsSame(report, known));
    }

    [Theory]
    [InlineData(2025, 1, 1, DatePrecision.Day, true)]
    [InlineData(2025, 12, 31, DatePrecision.Day, true)]
    [InlineData(2025, 7, 1, DatePrecision.Month, true)]
    [InlineData(2024, 12, 31, DatePrecision.Day, false)]
    [InlineData(2026, 1, 1, DatePrecision.Month, false)]
    [InlineData(2026, 1, 1, DatePrecision.Year, false)]
    public void A_year_and_anything_compare_at_the_year(int year, int month, int day, DatePrecision precision, bool same)
    {
        var known = Meeting(Year(2025), null, Ruiz, Berg);
        var report = Meeting(new FactDate(new DateOnly(year, month, day), precision), null, Ruiz, Berg);

        Assert.Equal(same, EventMatch.IsSame(known, report));
        Assert.Equal(same, EventMatch.IsSame(report, known));
    }

    [Fact]
    public void Months_of_different_years_do_not_agree()
    {
        Assert.False(EventMatch.IsSame(Meeting(Month(2025, 3), null, Ruiz, Berg), Meeting(Month(2024, 3), null, Ruiz, Berg)));
        Assert.True(EventMatch.IsSame(Meeting(Month(2025, 3), null, Ruiz, Berg), Meeting(Month(2025, 3), null, Ruiz, Berg)));
    }

    [Fact]
    public void A_missing_date_on_either_side_agrees_with_any_date()
    {
        var dated = Meeting(Day(2025, 3, 11), null, Ruiz, Berg);
        var undated = Meeting(null, null, Ruiz, Berg);

        Assert.True(EventMatch.IsSame(dated, undated));
        Assert.True(EventMatch.IsSame(undated, dated));
        Assert.True(EventMatch.IsSame(undated, undated));
    }

    [Fact]
    public void Two_different_places_keep_even_the_same_people_apart()
    {
        var known = Meeting(null, Lisbon, Ruiz, Berg, Alves);
        var report = Meeting(null, Porto, Ruiz, Berg);

        Assert.False(EventMatch.IsSame(known, report));
    }

    [Fact]
    public void A_place_inside_the_other_agrees_with_it_either_way()
    {
        // Porto stands in for a city of the country Lisbon stands in for here: all that counts is the containment given.
        bool PortoInLisbon(long inner, long outer) => inner == Porto && outer == Lisbon;
        var known = Meeting(null, Lisbon, Ruiz, Berg);

        Assert.True(EventMatch.IsSame(known, Meeting(null, Porto, Ruiz, Berg), PortoInLisbon));
        Assert.True(EventMatch.IsSame(Meeting(null, Porto, Ruiz, Berg), Meeting(null, Lisbon, Ruiz, Berg), PortoInLisbon));
        Assert.True(EventMatch.IsSame(known, Meeting(null, Porto, Ruiz, Alves), PortoInLisbon));
    }

    [Fact]
    public void A_lone_participant_on_the_same_stated_day_is_one_event_but_not_on_a_day_apart_or_undated()
    {
        var day = new FactDate(new DateOnly(2025, 3, 11), DatePrecision.Day);
        var nextDay = new FactDate(new DateOnly(2025, 3, 12), DatePrecision.Day);
        var month = new FactDate(new DateOnly(2025, 3, 1), DatePrecision.Month);

        Assert.True(EventMatch.IsSame(Meeting(day, null, Ruiz), Meeting(day, null, Ruiz)));
        Assert.False(EventMatch.IsSame(Meeting(day, null, Ruiz, Berg), Meeting(day, null, Ruiz)));
        Assert.False(EventMatch.IsSame(Meeting(day, null, Ruiz), Meeting(nextDay, null, Ruiz)));
        Assert.False(EventMatch.IsSame(Meeting(day, null, Ruiz), Meeting(null, null, Ruiz)));
        Assert.False(EventMatch.IsSame(Meeting(month, null, Ruiz), Meeting(day, null, Ruiz)));
    }

    [Fact]
    public void Two_people_each_meeting_one_person_on_the_same_day_are_two_meetings() =>
        Assert.False(EventMatch.IsSame(Meeting(Day(2025, 3, 11), null, Ruiz, Berg), Meeting(Day(2025, 3, 11), null, Ruiz, Alves)));

    [Fact]
    public void A_missing_place_conflicts_with_no_place()
    {
        Assert.True(EventMatch.IsSame(Meeting(null, Lisbon, Ruiz, Berg), Meeting(null, null, Ruiz, Berg)));
        Assert.True(EventMatch.IsSame(Meeting(null, null, Ruiz, Berg), Meeting(null, Porto, Ruiz, Berg)));
    }

    [Fact]
    public void One_shared_participant_needs_the_same_place()
    {
        var known = Meeting(null, Lisbon, Ruiz, Berg);

        Assert.True(EventMatch.IsSame(known, Meeting(null, Lisbon, Ruiz, Alves)));
        Assert.False(EventMatch.IsSame(known, Meeting(null, Porto, Ruiz, Alves)));
    }

    [Fact]
    public void One_shared_participant_with_no_place_on_either_side_is_not_enough()
    {
        Assert.False(EventMatch.IsSame(Meeting(null, null, Ruiz, Berg), Meeting(null, null, Ruiz, Alves)));
        Assert.False(EventMatch.IsSame(Meeting(null, Lisbon, Ruiz, Berg), Meeting(null, null, Ruiz, Alves)));
        Assert.False(EventMatch.IsSame(Meeting(null, null, Ruiz, Berg), Meeting(null, Lisbon, Ruiz, Alves)));
    }

    [Fact]
    public void A_visit_of_one_person_to_one_place_matches_the_same_visit()
    {
        var known = new EventSignature("visit", Day(2025, 3, 11), Lisbon, new HashSet<long> { Ruiz });

        Assert.True(EventMatch.IsSame(known, known with { Date = null }));
        Assert.False(EventMatch.IsSame(known, known with { PlaceId = Porto }));
    }

    [Fact]
    public void No_shared_participant_never_matches_however_much_else_agrees()
    {
        var known = Meeting(Day(2025, 3, 11), Lisbon, Ruiz, Berg);

        Assert.False(EventMatch.IsSame(known, Meeting(Day(2025, 3, 11), Lisbon, Alves)));
        Assert.False(EventMatch.IsSame(known, Meeting(Day(2025, 3, 11), Lisbon)));
    }

    [Fact]
    public void A_conflicting_date_keeps_apart_reports_that_share_everything_else()
    {
        var known = Meeting(Day(2025, 3, 11), Lisbon, Ruiz, Berg);

        Assert.False(EventMatch.IsSame(known, known with { Date = Day(2025, 3, 14) }));
    }

    [Fact]
    public void Joining_takes_the_reports_date_when_it_is_more_precise()
    {
        var joined = EventMatch.Join(Meeting(Month(2025, 3), null, Ruiz, Berg), Meeting(Day(2025, 3, 11), null, Ruiz, Berg));

        Assert.Equal(Day(2025, 3, 11), joined.Date);
    }

    [Fact]
    public void Joining_keeps_the_known_date_when_it_is_more_precise()
    {
        var joined = EventMatch.Join(Meeting(Day(2025, 3, 11), null, Ruiz, Berg), Meeting(Year(2025), null, Ruiz, Berg));

        Assert.Equal(Day(2025, 3, 11), joined.Date);
    }

    [Fact]
    public void Joining_equally_precise_dates_keeps_the_earlier_reports()
    {
        var joined = EventMatch.Join(Meeting(Day(2025, 3, 12), null, Ruiz, Berg), Meeting(Day(2025, 3, 11), null, Ruiz, Berg));

        Assert.Equal(Day(2025, 3, 12), joined.Date);
    }

    [Fact]
    public void Joining_fills_a_missing_date_and_never_loses_one()
    {
        Assert.Equal(Day(2025, 3, 11), EventMatch.Join(Meeting(null, null, Ruiz, Berg), Meeting(Day(2025, 3, 11), null, Ruiz, Berg)).Date);
        Assert.Equal(Day(2025, 3, 11), EventMatch.Join(Meeting(Day(2025, 3, 11), null, Ruiz, Berg), Meeting(null, null, Ruiz, Berg)).Date);
        Assert.Null(EventMatch.Join(Meeting(null, null, Ruiz, Berg), Meeting(null, null, Ruiz, Berg)).Date);
    }

    [Fact]
    public void Joining_keeps_the_known_place_unless_it_had_none()
    {
        Assert.Equal(Lisbon, EventMatch.Join(Meeting(null, Lisbon, Ruiz, Berg), Meeting(null, Porto, Ruiz, Berg)).PlaceId);
        Assert.Equal(Porto, EventMatch.Join(Meeting(null, null, Ruiz, Berg), Meeting(null, Porto, Ruiz, Berg)).PlaceId);
        Assert.Equal(Lisbon, EventMatch.Join(Meeting(null, Lisbon, Ruiz, Berg), Meeting(null, null, Ruiz, Berg)).PlaceId);
    }

    [Fact]
    public void Joining_unions_the_participants_and_keeps_the_type()
    {
        var joined = EventMatch.Join(Meeting(null, null, Ruiz, Berg), Meeting(null, null, Berg, Alves));

        Assert.Equal([Ruiz, Berg, Alves], joined.Participants.Order());
        Assert.Equal("meeting", joined.EventType);
    }

    [Fact]
    public void Joining_leaves_both_signatures_as_they_were()
    {
        var known = Meeting(null, null, Ruiz, Berg);
        var report = Meeting(Day(2025, 3, 11), Lisbon, Berg, Alves);

        EventMatch.Join(known, report);

        Assert.Equal([Ruiz, Berg], known.Participants.Order());
        Assert.Null(known.Date);
        Assert.Null(known.PlaceId);
        Assert.Equal([Berg, Alves], report.Participants.Order());
    }

    [Fact]
    public void The_more_precise_of_two_dates_is_day_over_month_over_year()
    {
        Assert.Equal(Day(2025, 3, 11), EventMatch.MorePrecise(Month(2025, 3), Day(2025, 3, 11)));
        Assert.Equal(Day(2025, 3, 11), EventMatch.MorePrecise(Day(2025, 3, 11), Month(2025, 3)));
        Assert.Equal(Month(2025, 3), EventMatch.MorePrecise(Year(2025), Month(2025, 3)));
        Assert.Equal(Month(2025, 3), EventMatch.MorePrecise(Month(2025, 3), Year(2025)));
    }

    [Fact]
    public void Of_two_equally_precise_dates_the_first_wins()
    {
        Assert.Equal(Day(2025, 3, 12), EventMatch.MorePrecise(Day(2025, 3, 12), Day(2025, 3, 11)));
        Assert.Equal(Year(2024), EventMatch.MorePrecise(Year(2024), Year(2025)));
    }

    [Fact]
    public void A_missing_date_is_less_precise_than_any()
    {
        Assert.Equal(Year(2025), EventMatch.MorePrecise(null, Year(2025)));
        Assert.Equal(Year(2025), EventMatch.MorePrecise(Year(2025), null));
        Assert.Null(EventMatch.MorePrecise(null, null));
    }
}
