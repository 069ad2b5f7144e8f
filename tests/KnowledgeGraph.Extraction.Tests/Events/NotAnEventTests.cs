using KnowledgeGraph.Extraction.Events;

namespace KnowledgeGraph.Extraction.Tests.Events;

/// <summary>Trigger words that report no happening: generic talk, idioms, denials, habits, threats, quotations.</summary>
public class NotAnEventTests
{
    [Theory]
    [InlineData("Tariffs are bad for growth, economists say.")]
    [InlineData("Higher tariffs would hurt growth in the region.")]
    [InlineData("Meetings like these rarely change anything.")]
    [InlineData("The summit was a meeting of minds.")]
    [InlineData("Analysts say sanctions seldom work.")]
    public void A_trigger_with_no_participant_and_no_date_is_no_event(string text)
    {
        Assert.Empty(ReportedEvents.Of(text).Events);
    }

    [Fact]
    public void Meeting_expectations_is_no_meeting_even_with_a_date()
    {
        var report = ReportedEvents.Of("The company is meeting expectations this year.", ("this year", "2025"));

        Assert.Empty(report.Events);
    }

    [Fact]
    public void Meeting_a_deadline_is_no_meeting()
    {
        var report = ReportedEvents.Of("Ana Ruiz met the deadline on Friday.", ("Friday", "2025-03-14"));

        Assert.Empty(report.OfType(EventTypes.Meeting));
    }

    [Fact]
    public void Agreeing_that_something_is_so_is_no_agreement()
    {
        var report = ReportedEvents.Of("Ana Ruiz agreed that the plan was flawed on Monday.", ("Monday", "2025-03-10"));

        Assert.Empty(report.Events);
    }

    [Fact]
    public void A_denied_meeting_did_not_happen()
    {
        var report = ReportedEvents.Of("Ana Ruiz did not meet Tomas Berg on Monday.", ("Monday", "2025-03-10"));

        Assert.Empty(report.Events);
    }

    [Fact]
    public void A_habit_is_no_single_event()
    {
        var report = ReportedEvents.Of("Ana Ruiz and Tomas Berg meet regularly in Geneva.");

        Assert.Empty(report.Events);
    }

    [Fact]
    public void Threatened_tariffs_are_not_imposed_ones()
    {
        var report = ReportedEvents.Of("Tomas Berg threatened tariffs on Chile on Monday.", ("Monday", "2025-03-10"));

        Assert.Empty(report.Events);
    }

    [Fact]
    public void A_postponed_visit_is_not_reported_as_one()
    {
        var report = ReportedEvents.Of("Ana Ruiz postponed her visit to Peru on Friday.", ("Friday", "2025-03-14"));

        Assert.Empty(report.Events);
    }

    [Fact]
    public void A_name_inside_a_quotation_takes_no_part_in_an_event_outside_it()
    {
        var report = ReportedEvents.Of("“Ana Ruiz is a friend,” Tomas Berg said before the summit on Monday.", ("Monday", "2025-03-10"));

        Assert.All(report.Events, e => Assert.DoesNotContain("Ana Ruiz", report.Names(e)));
        Assert.All(report.Events, e => Assert.DoesNotContain("Tomas Berg", report.Names(e)));
    }

    [Fact]
    public void The_speaker_of_reported_speech_is_no_participant_of_what_he_reports()
    {
        var report = ReportedEvents.Of("Tomas Berg said three soldiers were killed in the raid on Monday.", ("Monday", "2025-03-10"));

        var raid = report.Single(EventTypes.Attack);

        Assert.Empty(raid.Participants);
        Assert.Empty(report.OfType(EventTypes.Death));
    }
}
