using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Events;

namespace KnowledgeGraph.Extraction.Tests.Events;

public class ConflictEventTests
{
    [Fact]
    public void A_military_strike_has_its_agent_place_and_date_and_the_casualty_clause_is_no_event()
    {
        var report = ReportedEvents.Of(
            "The United States carried out a strike on a fishing boat in the Caribbean on Tuesday, killing three people.",
            ("Tuesday", "2025-03-11"));

        var strike = Assert.Single(report.Events);

        Assert.Equal(EventTypes.Attack, strike.EventType);
        Assert.Equal(["United States:agent"], report.Roles(strike));
        Assert.Equal("Caribbean", report.Place(strike));
        Assert.Equal("2025-03-11", strike.Date?.ToIso());
        Assert.Equal("Attack by the United States in the Caribbean", strike.Name);
    }

    [Fact]
    public void A_strike_by_workers_is_a_protest()
    {
        var report = ReportedEvents.Of(
            "Dockworkers of the Harbour Workers Union began a strike in Rotterdam on Monday over pay.",
            ("Monday", "2025-03-10"));

        var strike = report.Single(EventTypes.Protest);

        Assert.Empty(report.OfType(EventTypes.Attack));
        Assert.Equal(["Harbour Workers Union:agent"], report.Roles(strike));
        Assert.Equal("Rotterdam", report.Place(strike));
    }

    [Fact]
    public void Workers_in_one_sentence_do_not_make_a_strike_in_the_next_a_protest()
    {
        var report = ReportedEvents.Of(
            "Dockworkers walked out in Rotterdam on Monday. Separately, Israel carried out a strike on a fuel depot in Gaza on Tuesday.",
            ("Monday", "2025-03-10"),
            ("Tuesday", "2025-03-11"));

        var walkout = report.Single(EventTypes.Protest);
        var strike = report.Single(EventTypes.Attack);

        Assert.Equal("Rotterdam", report.Place(walkout));
        Assert.Equal(["Israel:agent"], report.Roles(strike));
        Assert.Equal("Gaza", report.Place(strike));
        Assert.Equal("2025-03-11", strike.Date?.ToIso());
    }

    [Fact]
    public void The_object_of_an_attack_verb_is_its_target()
    {
        var report = ReportedEvents.Of("Israel attacked Hezbollah positions in Lebanon on Friday.", ("Friday", "2025-03-14"));

        var attack = report.Single(EventTypes.Attack);

        Assert.Equal(["Israel:agent", "Hezbollah:target"], report.Roles(attack));
        Assert.Equal("Lebanon", report.Place(attack));
        Assert.Equal("Attack by Israel on Hezbollah in Lebanon", attack.Name);
    }

    [Fact]
    public void An_arrest_makes_the_arrested_its_target_in_active_and_passive()
    {
        var active = ReportedEvents.Of("Police arrested Marco Vidal, a former mayor, in Madrid on Sunday.", ("Sunday", "2025-03-09"));
        var passive = ReportedEvents.Of("Marco Vidal was arrested by Spanish police in Madrid on Sunday.", ("Sunday", "2025-03-09"));

        foreach (var report in new[] { active, passive })
        {
            var arrest = report.Single(EventTypes.Arrest);
            Assert.Equal(["Marco Vidal:target"], report.Roles(arrest));
            Assert.Equal("Madrid", report.Place(arrest));
            Assert.Equal("Arrest of Marco Vidal in Madrid", arrest.Name);
        }
    }

    [Fact]
    public void An_extradition_has_who_hands_over_who_is_handed_over_and_who_receives()
    {
        var report = ReportedEvents.Of(
            "Colombia extradited Marco Vidal to the United States on Wednesday.",
            ("Wednesday", "2025-03-12"));

        var extradition = report.Single(EventTypes.Extradition);

        Assert.Equal(["Colombia:agent", "Marco Vidal:target", "United States:participant"], report.Roles(extradition));
        Assert.Null(extradition.PlaceId);
        Assert.Equal("Extradition of Marco Vidal by Colombia to the United States", extradition.Name);
    }

    [Fact]
    public void Sanctions_have_who_imposes_them_and_on_whom()
    {
        var report = ReportedEvents.Of("The European Union imposed sanctions on Russia on Thursday.", ("Thursday", "2025-03-13"));

        var sanctions = report.Single(EventTypes.Sanctions);

        Assert.Equal(["European Union:agent", "Russia:target"], report.Roles(sanctions));
        Assert.Equal("Sanctions by the European Union on Russia", sanctions.Name);
    }

    [Fact]
    public void A_deployment_keeps_the_country_named_inside_its_destination_out()
    {
        var report = ReportedEvents.Of("Brazil deployed troops to the border with Venezuela on Saturday.", ("Saturday", "2025-03-15"));

        var deployment = report.Single(EventTypes.Deployment);

        Assert.Equal(["Brazil:agent"], report.Roles(deployment));
        Assert.Equal("Deployment by Brazil", deployment.Name);
    }

    [Fact]
    public void A_deployed_force_takes_part_and_a_destination_is_the_place()
    {
        var report = ReportedEvents.Of("Peru deployed the National Guard to Lima on Saturday.", ("Saturday", "2025-03-15"));
        report.AssertEntity("National Guard", EntityKind.Organization);

        var deployment = report.Single(EventTypes.Deployment);

        Assert.Equal(["Peru:agent", "National Guard:participant"], report.Roles(deployment));
        Assert.Equal("Lima", report.Place(deployment));
    }

    [Fact]
    public void A_named_death_is_an_event_a_count_of_dead_is_not()
    {
        var named = ReportedEvents.Of("Ana Ruiz died in Lima on Sunday at the age of 81.", ("Sunday", "2025-03-09"));
        var counted = ReportedEvents.Of("Three people were killed in Lima on Sunday.", ("Sunday", "2025-03-09"));

        var death = named.Single(EventTypes.Death);
        Assert.Equal(["Ana Ruiz:target"], named.Roles(death));
        Assert.Equal("Death of Ana Ruiz in Lima", death.Name);
        Assert.Empty(counted.Events);
    }

    [Fact]
    public void A_disaster_needs_no_actor_and_keeps_its_own_word_in_the_name()
    {
        var report = ReportedEvents.Of("A powerful earthquake struck southern Peru on Monday.", ("Monday", "2025-03-10"));

        var quake = Assert.Single(report.Events);

        Assert.Equal(EventTypes.Disaster, quake.EventType);
        Assert.Equal("Peru", report.Place(quake));
        Assert.Equal("2025-03-10", quake.Date?.ToIso());
        Assert.Equal("Earthquake in Peru", quake.Name);
    }

    [Fact]
    public void Protesters_marching_in_a_city_give_a_protest_there()
    {
        var report = ReportedEvents.Of("Thousands of protesters marched in Tehran on Friday against the government.", ("Friday", "2025-03-14"));

        var protest = report.Single(EventTypes.Protest);

        Assert.Equal("Tehran", report.Place(protest));
        Assert.Equal("Protest in Tehran", protest.Name);
    }

    [Fact]
    public void Participants_stop_where_the_next_clause_starts()
    {
        var report = ReportedEvents.Of(
            "Colombia extradited Marco Vidal to the United States, and Ana Ruiz will visit Peru next month.",
            ("next month", "2025-04"));

        var extradition = report.Single(EventTypes.Extradition);
        var visit = report.Single(EventTypes.Visit);

        Assert.Equal(["Colombia:agent", "Marco Vidal:target", "United States:participant"], report.Roles(extradition));
        Assert.Equal(["Ana Ruiz:guest"], report.Roles(visit));
        Assert.Null(extradition.Date);
    }

    [Fact]
    public void Who_tells_of_a_strike_takes_no_part_in_it()
    {
        var report = ReportedEvents.Of(
            "Israel carried out a strike on Hezbollah and Hamas, Tomas Berg said.");

        var strike = report.Single(EventTypes.Attack);

        Assert.Equal(["Israel:agent", "Hezbollah:target", "Hamas:target"], report.Roles(strike));
    }
}
