using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Events;
using KnowledgeGraph.Extraction.Gazetteers;

namespace KnowledgeGraph.Extraction.Tests.Events;

/// <summary>What holds for every event of any article: the shape the graph builder and the store rely on.</summary>
public class EventInvariantTests
{
    private const string Article =
        "Foreign Minister Ana Ruiz met Tomas Berg in Lisbon on Monday. The talks lasted three hours. "
        + "A day earlier, the United States carried out a strike on a depot in Syria, Tomas Berg said. "
        + "Dockworkers of the Harbour Workers Union went on strike in Rotterdam on Tuesday. "
        + "Colombia extradited Marco Vidal to the United States, and Ana Ruiz will visit Peru next month. "
        + "“We will meet again,” Ruiz said. Tariffs are bad for everyone.";

    [Fact]
    public void Evidence_participants_and_place_are_well_formed()
    {
        var report = ReportedEvents.Of(Article, ("Monday", "2025-03-10"), ("Tuesday", "2025-03-11"), ("next month", "2025-04"));

        Assert.True(report.Events.Count >= 5, string.Join("; ", report.Events.Select(e => e.Name)));
        foreach (var e in report.Events)
        {
            Assert.Contains(e.EventType, EventTypes.All);
            Assert.NotEmpty(e.Evidence);
            Assert.All(e.Evidence, span => Assert.Contains(span, report.Facts.Sentences));
            Assert.Equal(e.Evidence.OrderBy(span => span.Start), e.Evidence);
            Assert.Equal(e.Evidence.Count, e.Evidence.Distinct().Count());
            Assert.True(e.Evidence[0].Contains(e.Trigger), $"{e.Name}: the trigger lies in the first report");
            Assert.Equal(e.Participants.Count, e.Participants.Select(p => p.EntityId).Distinct().Count());
            Assert.All(e.Participants, p => Assert.Contains(p.Role, EventRoleNames.All));
            Assert.All(e.Participants, p => Assert.True(IsParty(report, p.EntityId), $"{e.Name}: {report.Facts.Entities[p.EntityId].Name} cannot take part"));
            if (e.PlaceId is { } place)
            {
                Assert.Equal(EntityKind.Place, report.Facts.Entities[place].Kind);
                Assert.DoesNotContain(place, e.Participants.Select(p => p.EntityId));
            }

            Assert.InRange(e.Name.Length, 1, 80);
        }
    }

    [Fact]
    public void The_same_report_repeated_is_one_event_however_long_the_document()
    {
        var text = string.Concat(Enumerable.Repeat("Ana Ruiz met Tomas Berg in Lisbon. The meeting went well. ", 300));

        var report = ReportedEvents.Of(text);

        var meeting = Assert.Single(report.Events);
        Assert.Equal(600, meeting.Evidence.Count);
    }

    [Fact]
    public void A_text_with_no_names_and_no_dates_gives_no_events()
    {
        var report = ReportedEvents.Of("Officials met. Talks continued. A deal was signed. Protests spread.");

        Assert.Empty(report.Events);
    }

    private static bool IsParty(ReportedEvents report, int entityId)
    {
        var entity = report.Facts.Entities[entityId];
        return entity.Kind is EntityKind.Person or EntityKind.Organization
            || (entity.Kind == EntityKind.Place && Gazetteer.Default.Find(entity.Name)?.PlaceType == "country");
    }
}
