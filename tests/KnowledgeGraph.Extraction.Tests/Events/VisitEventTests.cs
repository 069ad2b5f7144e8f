using KnowledgeGraph.Extraction.Events;

namespace KnowledgeGraph.Extraction.Tests.Events;

public class VisitEventTests
{
    [Fact]
    public void The_destination_of_a_visit_is_its_place_not_a_participant()
    {
        var report = ReportedEvents.Of("Ana Ruiz will visit Chile next month, her office said.", ("next month", "2025-04"));

        var visit = report.Single(EventTypes.Visit);

        Assert.Equal(["Ana Ruiz:guest"], report.Roles(visit));
        Assert.Equal("Chile", report.Place(visit));
        Assert.Equal("2025-04", visit.Date?.ToIso());
        Assert.Equal("Visit of Ana Ruiz to Chile", visit.Name);
    }

    [Fact]
    public void A_possessive_names_the_traveller()
    {
        var report = ReportedEvents.Of("Ana Ruiz's trip to Peru was cut short.");

        var visit = report.Single(EventTypes.Visit);

        Assert.Equal(["Ana Ruiz:guest"], report.Roles(visit));
        Assert.Equal("Peru", report.Place(visit));
    }

    [Fact]
    public void A_support_verb_and_to_give_traveller_and_destination()
    {
        var report = ReportedEvents.Of("Ana Ruiz paid a visit to Peru on Monday.", ("Monday", "2025-03-10"));

        var visit = report.Single(EventTypes.Visit);

        Assert.Equal(["Ana Ruiz:guest"], report.Roles(visit));
        Assert.Equal("Peru", report.Place(visit));
    }

    [Fact]
    public void She_stands_for_the_one_person_of_the_sentence_before()
    {
        var report = ReportedEvents.Of(
            "Ana Ruiz landed in Lima on Sunday. She is scheduled to visit Quito on Tuesday.",
            ("Sunday", "2025-03-09"),
            ("Tuesday", "2025-03-11"));

        var visit = report.Single(EventTypes.Visit);

        Assert.Equal(["Ana Ruiz:guest"], report.Roles(visit));
        Assert.Equal("Quito", report.Place(visit));
        Assert.Equal("2025-03-11", visit.Date?.ToIso());
    }

    [Fact]
    public void The_subject_after_an_opening_during_the_visit_is_its_host()
    {
        var report = ReportedEvents.Of("During the visit of Ana Ruiz, Chilean President Tomas Berg praised the new trade rules.");

        var visit = report.Single(EventTypes.Visit);

        Assert.Equal(["Ana Ruiz:guest", "Tomas Berg:host"], report.Roles(visit));
        Assert.Equal("Visit of Ana Ruiz", visit.Name);
    }

    [Fact]
    public void His_tour_belongs_to_the_subject_of_its_clause()
    {
        var report = ReportedEvents.Of(
            "Tomas Berg will continue his regional tour in Ecuador on Thursday.",
            ("Thursday", "2025-03-13"));

        var tour = report.Single(EventTypes.Visit);

        Assert.Equal(["Tomas Berg:guest"], report.Roles(tour));
        Assert.Equal("Ecuador", report.Place(tour));
        Assert.Equal("Visit of Tomas Berg to Ecuador", tour.Name);
    }
}
