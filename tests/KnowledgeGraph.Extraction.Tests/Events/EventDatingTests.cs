using KnowledgeGraph.Extraction.Events;

namespace KnowledgeGraph.Extraction.Tests.Events;

public class EventDatingTests
{
    [Fact]
    public void A_date_goes_to_the_nearest_trigger_of_its_sentence()
    {
        var report = ReportedEvents.Of(
            "Ana Ruiz's trip to Peru follows an attack on a police station in Lima on Tuesday.",
            ("Tuesday", "2025-03-11"));

        Assert.Null(report.Single(EventTypes.Visit).Date);
        Assert.Equal("2025-03-11", report.Single(EventTypes.Attack).Date?.ToIso());
    }

    [Fact]
    public void A_date_in_a_relative_clause_does_not_date_the_main_event()
    {
        var report = ReportedEvents.Of("Ana Ruiz met Tomas Berg, who flew home on Sunday.", ("Sunday", "2025-03-09"));

        var meeting = report.Single(EventTypes.Meeting);

        Assert.Null(meeting.Date);
    }

    [Fact]
    public void A_day_after_dates_what_follows_it()
    {
        var report = ReportedEvents.Of(
            "The summit came a day after rebels attacked a base in Goma.",
            ("a day after", "2025-03-09"));

        var attack = Assert.Single(report.Events);

        Assert.Equal(EventTypes.Attack, attack.EventType);
        Assert.Equal("2025-03-09", attack.Date?.ToIso());
        Assert.Equal("Goma", report.Place(attack));
    }

    [Fact]
    public void What_happens_during_a_visit_gives_the_visit_its_day()
    {
        var report = ReportedEvents.Of(
            "Chile and Peru agreed on Monday during Ana Ruiz's visit to expand trade.",
            ("Monday", "2025-03-10"));

        Assert.Equal("2025-03-10", report.Single(EventTypes.Agreement).Date?.ToIso());
        Assert.Equal("2025-03-10", report.Single(EventTypes.Visit).Date?.ToIso());
    }

    [Fact]
    public void Without_a_date_in_its_sentences_an_event_has_none()
    {
        var report = ReportedEvents.Of(
            "Ana Ruiz met Tomas Berg in Lisbon. Later on Monday the two ministers flew home.",
            ("Monday", "2025-03-10"));

        Assert.Null(report.Single(EventTypes.Meeting).Date);
    }
}
