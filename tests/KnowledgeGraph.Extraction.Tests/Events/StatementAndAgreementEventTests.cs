using KnowledgeGraph.Extraction.Events;

namespace KnowledgeGraph.Extraction.Tests.Events;

public class StatementAndAgreementEventTests
{
    [Fact]
    public void A_statement_from_a_body_has_it_as_agent_and_the_date_inside_its_phrase()
    {
        var report = ReportedEvents.Of("A statement from the State Department on Monday praised the agreement.", ("Monday", "2025-03-10"));

        var statement = report.Single(EventTypes.Statement);

        Assert.Equal(["State Department:agent"], report.Roles(statement));
        Assert.Equal("2025-03-10", statement.Date?.ToIso());
        Assert.Equal("Statement by the State Department", statement.Name);
        Assert.Empty(report.OfType(EventTypes.Agreement));
    }

    [Fact]
    public void The_subject_after_an_opening_in_a_speech_is_the_speaker()
    {
        var report = ReportedEvents.Of("In a speech to parliament, Ana Ruiz defended the pension reform.");

        var speech = report.Single(EventTypes.Speech);

        Assert.Equal(["Ana Ruiz:agent"], report.Roles(speech));
        Assert.Equal("Speech by Ana Ruiz", speech.Name);
    }

    [Fact]
    public void A_speech_between_commas_after_its_speaker_belongs_to_the_speaker()
    {
        var report = ReportedEvents.Of("Ana Ruiz, in a speech on Monday, defended the pension reform.", ("Monday", "2025-03-10"));

        var speech = report.Single(EventTypes.Speech);

        Assert.Equal(["Ana Ruiz:agent"], report.Roles(speech));
        Assert.Equal("2025-03-10", speech.Date?.ToIso());
    }

    [Fact]
    public void An_appeal_has_who_urges_and_who_is_urged()
    {
        var report = ReportedEvents.Of("Ana Ruiz urged the United Nations to act on Monday.", ("Monday", "2025-03-10"));

        var appeal = report.Single(EventTypes.Appeal);

        Assert.Equal(["Ana Ruiz:agent", "United Nations:target"], report.Roles(appeal));
        Assert.Equal("Appeal by Ana Ruiz to the United Nations", appeal.Name);
    }

    [Fact]
    public void An_announcement_is_an_event_by_its_date_even_when_its_announcer_is_unnamed()
    {
        var report = ReportedEvents.Of("The ministry announced new rules on Tuesday.", ("Tuesday", "2025-03-11"));

        var announcement = report.Single(EventTypes.Announcement);

        Assert.Empty(announcement.Participants);
        Assert.Equal("Announcement", announcement.Name);
    }

    [Fact]
    public void Two_countries_signing_a_deal_are_its_parties_in_text_order()
    {
        var report = ReportedEvents.Of("Chile and Peru signed a trade deal in Lima on Wednesday.", ("Wednesday", "2025-03-12"));

        var deal = report.Single(EventTypes.Agreement);

        Assert.Equal(["Chile:participant", "Peru:participant"], report.Roles(deal));
        Assert.Equal("Lima", report.Place(deal));
        Assert.Equal("Agreement between Chile and Peru in Lima", deal.Name);
    }

    [Fact]
    public void Struck_a_deal_is_an_agreement_not_an_attack()
    {
        var report = ReportedEvents.Of("Chile struck a deal with Peru on Wednesday.", ("Wednesday", "2025-03-12"));

        var deal = Assert.Single(report.Events);

        Assert.Equal(EventTypes.Agreement, deal.EventType);
        Assert.Equal(["Chile:participant", "Peru:participant"], report.Roles(deal));
    }

    [Fact]
    public void An_organization_naming_an_agreement_is_not_a_party_to_it()
    {
        var report = ReportedEvents.Of("Analysts expect the review of the Mercosur trade agreement to drag on.");

        Assert.Empty(report.Events);
    }

    [Fact]
    public void A_reaffirmed_commitment_is_an_intent_to_cooperate()
    {
        var report = ReportedEvents.Of(
            "Chile and Peru reaffirmed their commitment to regional cooperation on Monday.",
            ("Monday", "2025-03-10"));

        var pledge = report.Single(EventTypes.IntentToCooperate);

        Assert.Equal(["Chile:participant", "Peru:participant"], report.Roles(pledge));
        Assert.Equal("Pledge of cooperation by Chile and Peru", pledge.Name);
    }

    [Fact]
    public void An_election_is_named_by_the_country_it_is_held_in()
    {
        var report = ReportedEvents.Of("Ana Ruiz won the presidential election in Chile on Sunday.", ("Sunday", "2025-03-09"));

        var election = report.Single(EventTypes.Election);

        Assert.Equal(["Ana Ruiz:participant"], report.Roles(election));
        Assert.Equal("Chile", report.Place(election));
        Assert.Equal("Election in Chile", election.Name);
    }
}
