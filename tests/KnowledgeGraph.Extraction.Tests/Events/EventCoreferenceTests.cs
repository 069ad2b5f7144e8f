using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Extraction.Events;

namespace KnowledgeGraph.Extraction.Tests.Events;

/// <summary>One document reports one happening many times; each report folds into it, and different happenings stay apart.</summary>
public class EventCoreferenceTests
{
    [Fact]
    public void The_meeting_and_the_talks_later_on_are_the_meeting_first_reported()
    {
        var report = ReportedEvents.Of(
            "Ana Ruiz met Tomas Berg in Lisbon on Monday. The meeting lasted two hours. During the talks, Berg raised the border dispute.",
            ("Monday", "2025-03-10"));

        var meeting = Assert.Single(report.Events);

        Assert.Equal(EventTypes.Meeting, meeting.EventType);
        Assert.Equal(3, meeting.Evidence.Count);
        Assert.Equal(report.Facts.Sentences, meeting.Evidence);
        Assert.Equal("2025-03-10", meeting.Date?.ToIso());
        Assert.Equal("Lisbon", report.Place(meeting));
    }

    [Fact]
    public void Meetings_on_different_days_stay_apart()
    {
        var report = ReportedEvents.Of(
            "Ana Ruiz met Tomas Berg in Lisbon on Monday. On Friday, Ana Ruiz met Tomas Berg again in Madrid.",
            ("Monday", "2025-03-10"),
            ("Friday", "2025-03-14"));

        var meetings = report.OfType(EventTypes.Meeting);

        Assert.Equal(2, meetings.Count);
        Assert.Equal(["2025-03-10", "2025-03-14"], meetings.Select(m => m.Date?.ToIso()));
        Assert.Equal(["Lisbon", "Madrid"], meetings.Select(report.Place));
    }

    [Fact]
    public void Meetings_between_different_people_stay_apart()
    {
        var report = ReportedEvents.Of("Ana Ruiz met Tomas Berg in Lisbon. Pedro Alves met Maria Costa in Madrid.");

        var meetings = report.OfType(EventTypes.Meeting);

        Assert.Equal(2, meetings.Count);
        Assert.Equal(["Ana Ruiz", "Tomas Berg"], report.Names(meetings[0]));
        Assert.Equal(["Pedro Alves", "Maria Costa"], report.Names(meetings[1]));
    }

    [Fact]
    public void The_meeting_in_the_next_sentence_adds_who_else_attended()
    {
        var report = ReportedEvents.Of(
            "Ana Ruiz met Tomas Berg in Lisbon on Monday. The meeting was attended by Pedro Alves as well.",
            ("Monday", "2025-03-10"));

        var meeting = Assert.Single(report.Events);

        Assert.Equal(["Ana Ruiz", "Tomas Berg", "Pedro Alves"], report.Names(meeting));
        Assert.Equal(2, meeting.Evidence.Count);
    }

    [Fact]
    public void A_later_report_with_a_day_makes_a_month_precise()
    {
        var report = ReportedEvents.Of(
            "Ana Ruiz will visit Chile in March. Officials said her visit to Chile on March 12 would focus on trade.",
            ("March.", "2025-03"),
            ("March 12", "2025-03-12"));

        var visit = Assert.Single(report.Events);

        Assert.Equal(new FactDate(new DateOnly(2025, 3, 12), DatePrecision.Day), visit.Date);
    }

    [Fact]
    public void A_city_inside_the_country_first_given_narrows_the_place()
    {
        var report = ReportedEvents.Of(
            "Ana Ruiz met Tomas Berg in Portugal on Monday. The meeting in Lisbon lasted three hours.",
            ("Monday", "2025-03-10"));

        var meeting = Assert.Single(report.Events);

        Assert.Equal("Lisbon", report.Place(meeting));
    }

    [Fact]
    public void Visits_to_two_countries_are_two_visits()
    {
        var report = ReportedEvents.Of(
            "Ana Ruiz visited Chile in May. Ana Ruiz also visited Peru, her office said.",
            ("May", "2025-05"));

        var visits = report.OfType(EventTypes.Visit);

        Assert.Equal(["Chile", "Peru"], visits.Select(report.Place));
    }
}
