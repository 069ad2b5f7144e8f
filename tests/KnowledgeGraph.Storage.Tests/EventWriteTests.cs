using Dapper;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Facts;
using static KnowledgeGraph.Storage.Tests.EventNews;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>
/// What the store writes for the events a document reports: one events row per event with the date only as precise as
/// the text, where the date came from, and its participants once each.
/// </summary>
public sealed class EventWriteTests
{
    [Theory]
    [InlineData(DatePrecision.Day, "2031-04-08", "day")]
    [InlineData(DatePrecision.Month, "2031-04", "month")]
    [InlineData(DatePrecision.Year, "2031", "year")]
    public void A_stated_date_is_stored_with_only_the_stated_part_and_its_precision(DatePrecision precision, string iso, string precisionName)
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        var first = precision switch
        {
            DatePrecision.Day => new DateOnly(2031, 4, 8),
            DatePrecision.Month => new DateOnly(2031, 4, 1),
            _ => new DateOnly(2031, 1, 1),
        };

        store.Write([Cast(), Article("The Harbour Gazette", new DateOnly(2031, 4, 9), new Report(Signing, IsNew: true, new FactDate(first, precision)))]);

        var row = EventRow(store, Signing);
        Assert.Equal(("agreement", iso, precisionName, PortElling, "text"), row);
    }

    [Fact]
    public void An_event_without_a_date_has_no_date_no_precision_and_no_basis()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();

        store.Write([Cast(), Article("The Harbour Gazette", new DateOnly(2031, 4, 9), new Report(Strike, IsNew: true))]);

        Assert.Equal(("protest", null, null, PortElling, null), EventRow(store, Strike));
    }

    [Fact]
    public void An_event_without_a_place_stores_no_place()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        var article = EventNews.Builder("The Harbour Gazette", null)
            .Entity(Varga, isNew: false, EntityKind.Person, "Ilse Varga")
            .Entity(20, isNew: true, EntityKind.Event, "Speech by Ilse Varga")
            .Mention(20, "filed")
            .Event(20, "speech", [(Varga, "agent")])
            .Build();

        store.Write([Cast(), article]);

        Assert.Null(store.Connection.ExecuteScalar<long?>("SELECT place_id FROM events WHERE entity_id = 20"));
        Assert.Equal(["agent"], store.Connection.Query<string>("SELECT role FROM event_participants WHERE event_id = 20"));
    }

    [Fact]
    public void Participants_are_written_with_their_roles()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();

        store.Write([Cast(), Article("The Harbour Gazette", null, new Report(Signing, IsNew: true), new Report(Strike, IsNew: true))]);

        Assert.Equal(
            [(Signing, Varga, "participant"), (Signing, Brandt, "participant"), (Strike, Holm, "agent")],
            Participants(store));
    }

    [Fact]
    public void A_participant_listed_twice_in_one_report_is_stored_once()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        var article = EventNews.Builder("The Harbour Gazette", null)
            .Entity(Holm, isNew: false, EntityKind.Person, "Marta Holm")
            .Entity(Strike, isNew: true, EntityKind.Event, "Strike at the Port Elling quays")
            .Mention(Strike, "filed")
            .Event(Strike, "protest", [(Holm, "agent"), (Holm, "agent")], placeId: PortElling)
            .Build();

        store.Write([Cast(), article]);

        Assert.Equal([(Strike, Holm, "agent")], Participants(store));
    }

    [Fact]
    public void A_participant_in_two_roles_is_stored_once_per_role()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        var article = EventNews.Builder("The Harbour Gazette", null)
            .Entity(Holm, isNew: false, EntityKind.Person, "Marta Holm")
            .Entity(Strike, isNew: true, EntityKind.Event, "Strike at the Port Elling quays")
            .Mention(Strike, "filed")
            .Event(Strike, "protest", [(Holm, "agent"), (Holm, "target")], placeId: PortElling)
            .Build();

        store.Write([Cast(), article]);

        Assert.Equal([(Strike, Holm, "agent"), (Strike, Holm, "target")], Participants(store));
    }

    [Fact]
    public void Reports_of_the_same_event_in_several_documents_add_no_duplicate_participants()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();

        store.Write([Cast(), Article("The Harbour Gazette", null, new Report(Signing, IsNew: true))]);
        store.Write([Article("Elling Radio", null, new Report(Signing, IsNew: false)), Article("The Dock Herald", null, new Report(Signing, IsNew: false))]);

        Assert.Equal([(Signing, Varga, "participant"), (Signing, Brandt, "participant")], Participants(store));
        Assert.Equal(1, store.Connection.ExecuteScalar<int>("SELECT count(*) FROM events"));
        Assert.Equal(3, store.Connection.ExecuteScalar<int>("SELECT document_count FROM entities WHERE id = @Signing", new { Signing }));
    }

    [Fact]
    public void A_later_report_adds_its_new_participants_to_the_event()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([Cast(), Article("The Harbour Gazette", null, new Report(Strike, IsNew: true))]);
        var joined = EventNews.Builder("Elling Radio", null, new Report(Strike, IsNew: false))
            .Entity(Brandt, isNew: false, EntityKind.Person, "Tomas Brandt")
            .Build();
        joined = joined with
        {
            Events = [joined.Events[0] with { Participants = [(Holm, "agent"), (Brandt, "participant")] }],
        };

        store.Write([joined]);

        Assert.Equal([(Brandt, "participant"), (Holm, "agent")], store.Connection.Query<(long, string)>(
            "SELECT entity_id, role FROM event_participants WHERE event_id = @Strike ORDER BY entity_id", new { Strike }));
    }

    [Fact]
    public void A_later_report_without_a_date_keeps_the_stated_date()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        var stated = new FactDate(new DateOnly(2031, 4, 8), DatePrecision.Day);
        store.Write([Cast(), Article("The Harbour Gazette", new DateOnly(2031, 4, 9), new Report(Signing, IsNew: true, stated))]);

        store.Write([Article("Elling Radio", new DateOnly(2031, 4, 12), new Report(Signing, IsNew: false))]);

        Assert.Equal(("agreement", "2031-04-08", "day", PortElling, "text"), EventRow(store, Signing));
    }

    [Fact]
    public void A_later_report_without_a_date_keeps_an_inferred_date()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([
            Cast(),
            Article("The Harbour Gazette", null, new Report(Signing, IsNew: true, Floating: FloatingDates.DaysBefore(1))),
            Article("Elling Radio", new DateOnly(2031, 4, 9), new Report(Signing, IsNew: false)),
        ]);
        store.DateUndatedArticles();
        Assert.Equal(("agreement", "2031-04-08", "day", PortElling, "inferred"), EventRow(store, Signing));

        store.Write([Article("The Dock Herald", null, new Report(Signing, IsNew: false))]);

        Assert.Equal(("agreement", "2031-04-08", "day", PortElling, "inferred"), EventRow(store, Signing));
    }

    [Fact]
    public void A_stated_date_replaces_an_inferred_one_and_inference_then_leaves_it_alone()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([
            Cast(),
            Article("The Harbour Gazette", null, new Report(Signing, IsNew: true, Floating: FloatingDates.DaysBefore(1))),
            Article("Elling Radio", new DateOnly(2031, 4, 9), new Report(Signing, IsNew: false)),
        ]);
        store.DateUndatedArticles();

        var stated = new FactDate(new DateOnly(2031, 4, 1), DatePrecision.Month);
        store.Write([Article("The Dock Herald", new DateOnly(2031, 4, 20), new Report(Signing, IsNew: false, stated))]);
        Assert.Equal(("agreement", "2031-04", "month", PortElling, "text"), EventRow(store, Signing));

        store.DateUndatedArticles();
        Assert.Equal(("agreement", "2031-04", "month", PortElling, "text"), EventRow(store, Signing));
    }

    [Fact]
    public void The_joined_event_a_later_report_brings_replaces_a_less_precise_stored_date()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([Cast(), Article("The Harbour Gazette", new DateOnly(2031, 4, 30), new Report(Signing, IsNew: true, new FactDate(new DateOnly(2031, 4, 1), DatePrecision.Month)))]);

        store.Write([Article("Elling Radio", new DateOnly(2031, 4, 9), new Report(Signing, IsNew: false, new FactDate(new DateOnly(2031, 4, 8), DatePrecision.Day)))]);

        Assert.Equal(("agreement", "2031-04-08", "day", PortElling, "text"), EventRow(store, Signing));
    }

    private static (string? Type, string? Date, string? Precision, long? Place, string? Basis) EventRow(KnowledgeGraphStore store, long eventId) =>
        store.Connection.QuerySingle<(string?, string?, string?, long?, string?)>(
            "SELECT event_type, date, date_precision, place_id, date_basis FROM events WHERE entity_id = @eventId", new { eventId });

    private static IEnumerable<(long EventId, long EntityId, string Role)> Participants(KnowledgeGraphStore store) =>
        store.Connection.Query<(long, long, string)>("SELECT event_id, entity_id, role FROM event_participants ORDER BY event_id, entity_id, role");
}
