using KnowledgeGraph.Extraction.Events;

namespace KnowledgeGraph.Extraction.Tests.Events;

public class EventNameTests
{
    [Fact]
    public void A_name_never_holds_the_date()
    {
        var report = ReportedEvents.Of("Ana Ruiz met Tomas Berg in Lisbon on March 10, 2025.", ("March 10, 2025", "2025-03-10"));

        var meeting = report.Single(EventTypes.Meeting);

        Assert.Equal("2025-03-10", meeting.Date?.ToIso());
        Assert.DoesNotContain("March", meeting.Name, StringComparison.Ordinal);
        Assert.DoesNotContain("2025", meeting.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_name_drops_its_place_then_names_to_stay_within_eighty_characters()
    {
        var report = ReportedEvents.Of(
            "Maria Fernanda Castillo Ortega met Juan Sebastian Villanueva Echeverria in Valparaiso on Monday.",
            ("Monday", "2025-03-10"));

        var meeting = report.Single(EventTypes.Meeting);

        Assert.Equal("Valparaiso", report.Place(meeting));
        Assert.Equal(2, meeting.Participants.Count);
        Assert.Equal("Meeting of Maria Fernanda Castillo Ortega and others", meeting.Name);
        Assert.True(meeting.Name.Length <= 80);
    }

    [Fact]
    public void Persons_name_an_event_before_the_countries_their_titles_mention()
    {
        var report = ReportedEvents.Of("Chilean President Ana Ruiz met Peru's foreign minister Tomas Berg and Peru in Lima on Monday.", ("Monday", "2025-03-10"));

        var meeting = report.Single(EventTypes.Meeting);

        Assert.Contains("Peru", report.Names(meeting));
        Assert.Equal("Meeting of Ana Ruiz and Tomas Berg in Lima", meeting.Name);
    }

    [Fact]
    public void Places_and_bodies_the_text_writes_with_the_keep_it_in_the_name()
    {
        var report = ReportedEvents.Of("The European Union imposed sanctions on the Philippines on Thursday.", ("Thursday", "2025-03-13"));

        var sanctions = report.Single(EventTypes.Sanctions);

        Assert.Equal("Sanctions by the European Union on the Philippines", sanctions.Name);
    }
}
