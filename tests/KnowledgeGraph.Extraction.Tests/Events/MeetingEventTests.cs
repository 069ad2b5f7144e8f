using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Events;

namespace KnowledgeGraph.Extraction.Tests.Events;

public class MeetingEventTests
{
    [Fact]
    public void Met_with_makes_both_sides_participants_and_reads_place_and_date()
    {
        var report = ReportedEvents.Of(
            "Foreign Minister Ana Ruiz met with her Swedish counterpart Tomas Berg in Lisbon on Monday.",
            ("Monday", "2025-03-10"));

        var meeting = report.Single(EventTypes.Meeting);

        Assert.Equal(["Ana Ruiz:participant", "Tomas Berg:participant"], report.Roles(meeting));
        Assert.Equal("Lisbon", report.Place(meeting));
        Assert.Equal("2025-03-10", meeting.Date?.ToIso());
        Assert.Equal("met", report.TriggerText(meeting));
        Assert.Equal("Meeting of Ana Ruiz and Tomas Berg in Lisbon", meeting.Name);
    }

    [Fact]
    public void Hosted_makes_its_subject_the_host_and_its_object_the_guest()
    {
        var report = ReportedEvents.Of(
            "Chilean President Ana Ruiz hosted Canadian Prime Minister Tomas Berg at the presidential palace in Santiago on Friday.",
            ("Friday", "2025-03-14"));

        var meeting = report.Single(EventTypes.Meeting);

        Assert.Equal(["Ana Ruiz:host", "Tomas Berg:guest"], report.Roles(meeting));
        Assert.Equal("Santiago", report.Place(meeting));
    }

    [Fact]
    public void A_gerund_opening_the_sentence_takes_the_subject_of_the_main_clause()
    {
        var report = ReportedEvents.Of("After meeting Tomas Berg, Ana Ruiz told reporters the two governments would keep talking.");

        var meeting = report.Single(EventTypes.Meeting);

        Assert.Equal(["Ana Ruiz", "Tomas Berg"], report.Names(meeting).Order(StringComparer.Ordinal));
        Assert.Null(meeting.Date);
    }

    [Fact]
    public void A_gerund_after_the_main_clause_takes_its_subject()
    {
        var report = ReportedEvents.Of("Ana Ruiz spoke to reporters after meeting with Tomas Berg on Monday.", ("Monday", "2025-03-10"));

        var meeting = report.Single(EventTypes.Meeting);

        Assert.Equal(["Ana Ruiz", "Tomas Berg"], report.Names(meeting).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Talks_between_two_sides_take_the_place_their_verb_gives()
    {
        var report = ReportedEvents.Of("Talks between Ana Ruiz and Tomas Berg resumed in Geneva on Tuesday.", ("Tuesday", "2025-03-11"));

        var talks = report.Single(EventTypes.Talks);

        Assert.Equal(["Ana Ruiz:participant", "Tomas Berg:participant"], report.Roles(talks));
        Assert.Equal("Geneva", report.Place(talks));
        Assert.Equal("2025-03-11", talks.Date?.ToIso());
        Assert.Equal("Talks between Ana Ruiz and Tomas Berg in Geneva", talks.Name);
    }

    [Fact]
    public void A_support_verb_lends_its_subject_to_the_noun_it_governs()
    {
        var report = ReportedEvents.Of("Ana Ruiz held talks with Tomas Berg on Monday.", ("Monday", "2025-03-10"));

        var talks = report.Single(EventTypes.Talks);

        Assert.Equal(["Ana Ruiz:participant", "Tomas Berg:participant"], report.Roles(talks));
    }

    [Fact]
    public void Attended_by_after_a_noun_lists_its_participants()
    {
        var report = ReportedEvents.Of("The summit, held in Lisbon, was attended by Ana Ruiz and Tomas Berg.");
        report.AssertEntity("Lisbon", EntityKind.Place);

        var summit = report.Single(EventTypes.Meeting);

        Assert.Equal(["Ana Ruiz:participant", "Tomas Berg:participant"], report.Roles(summit));
        Assert.Equal("Lisbon", report.Place(summit));
    }
}
