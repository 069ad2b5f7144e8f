using Dapper;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Core.Resolution;
using static KnowledgeGraph.Storage.Tests.EventNews;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>
/// The stored entity index knows every stored event with its participants, so a new article's report finds the event
/// earlier runs stored; it knows only the dates articles state, because inferred ones are recomputed after every run.
/// </summary>
public sealed class StoredEventLoadingTests
{
    private static readonly DateOnly Wednesday = new(2031, 4, 9);
    private static readonly FactDate StatedDay = new(new DateOnly(2031, 4, 8), DatePrecision.Day);

    [Fact]
    public void A_stored_event_loads_with_its_type_stated_date_place_and_participants()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([Cast(), Article("The Harbour Gazette", Wednesday, new Report(Signing, IsNew: true, StatedDay))]);

        var loaded = store.LoadEntityIndex().EventOf(Signing);

        Assert.NotNull(loaded);
        Assert.Equal("agreement", loaded.EventType);
        Assert.Equal(StatedDay, loaded.Date);
        Assert.Equal(PortElling, loaded.PlaceId);
        Assert.Equal(new HashSet<long> { Varga, Brandt }, loaded.Participants.ToHashSet());
    }

    [Theory]
    [InlineData(DatePrecision.Month)]
    [InlineData(DatePrecision.Year)]
    public void A_coarser_stated_date_loads_with_its_precision(DatePrecision precision)
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        var stated = new FactDate(precision == DatePrecision.Month ? new DateOnly(2031, 4, 1) : new DateOnly(2031, 1, 1), precision);
        store.Write([Cast(), Article("The Harbour Gazette", Wednesday, new Report(Signing, IsNew: true, stated))]);

        Assert.Equal(stated, store.LoadEntityIndex().EventOf(Signing)?.Date);
    }

    [Fact]
    public void Participants_load_once_each_whatever_their_roles()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        var article = EventNews.Builder("The Harbour Gazette", null)
            .Entity(Holm, isNew: false, EntityKind.Person, "Marta Holm")
            .Entity(Strike, isNew: true, EntityKind.Event, "Strike at the Port Elling quays")
            .Mention(Strike, "filed")
            .Event(Strike, "protest", [(Holm, "agent"), (Holm, "target")], placeId: PortElling)
            .Build();
        store.Write([Cast(), article]);

        var loaded = store.LoadEntityIndex().EventOf(Strike);

        Assert.NotNull(loaded);
        Assert.Equal([Holm], loaded.Participants.ToArray());
    }

    [Fact]
    public void An_event_without_a_date_loads_without_one()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([Cast(), Article("The Harbour Gazette", Wednesday, new Report(Strike, IsNew: true))]);

        var loaded = store.LoadEntityIndex().EventOf(Strike);

        Assert.NotNull(loaded);
        Assert.Null(loaded.Date);
        Assert.Equal([Holm], loaded.Participants.ToArray());
    }

    [Fact]
    public void An_inferred_date_loads_as_no_date()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([
            Cast(),
            Article("Elling Radio", null, new Report(Signing, IsNew: true, Floating: FloatingDates.DaysBefore(1))),
            Article("The Harbour Gazette", Wednesday, new Report(Signing, IsNew: false)),
        ]);
        store.DateUndatedArticles();
        Assert.Equal("inferred", store.Connection.ExecuteScalar<string>("SELECT date_basis FROM events WHERE entity_id = @Signing", new { Signing }));

        var loaded = store.LoadEntityIndex().EventOf(Signing);

        Assert.NotNull(loaded);
        Assert.Null(loaded.Date);
        Assert.Equal(PortElling, loaded.PlaceId);
    }

    [Fact]
    public void A_date_edited_by_hand_into_nonsense_loads_as_no_date()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([Cast(), Article("The Harbour Gazette", Wednesday, new Report(Signing, IsNew: true, StatedDay))]);
        store.Connection.Execute("UPDATE events SET date = 'next spring' WHERE entity_id = @Signing", new { Signing });

        Assert.Null(store.LoadEntityIndex().EventOf(Signing)?.Date);
    }

    [Fact]
    public void A_new_report_finds_the_stored_event_by_its_participants()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([Cast(), Article("The Harbour Gazette", Wednesday, new Report(Signing, IsNew: true, StatedDay))]);
        var index = store.LoadEntityIndex();

        var sameDay = new EventSignature("agreement", StatedDay, null, new HashSet<long> { Varga, Brandt });
        var noDate = new EventSignature("agreement", null, null, new HashSet<long> { Brandt, Varga });
        var samePlace = new EventSignature("agreement", null, PortElling, new HashSet<long> { Brandt });

        Assert.Equal(Signing, index.FindEvent(sameDay));
        Assert.Equal(Signing, index.FindEvent(noDate));
        Assert.Equal(Signing, index.FindEvent(samePlace));
    }

    [Fact]
    public void A_report_with_a_conflicting_date_or_another_type_does_not_find_a_stored_event()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([Cast(), Article("The Harbour Gazette", Wednesday, new Report(Signing, IsNew: true, StatedDay))]);
        var index = store.LoadEntityIndex();

        var weekLater = new EventSignature("agreement", new FactDate(new DateOnly(2031, 4, 15), DatePrecision.Day), null, new HashSet<long> { Varga, Brandt });
        var meeting = new EventSignature("meeting", StatedDay, null, new HashSet<long> { Varga, Brandt });

        Assert.Null(index.FindEvent(weekLater));
        Assert.Null(index.FindEvent(meeting));
    }

    [Fact]
    public void An_inferred_date_does_not_keep_a_differently_dated_report_from_the_event()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([
            Cast(),
            Article("Elling Radio", null, new Report(Signing, IsNew: true, Floating: FloatingDates.DaysBefore(1))),
            Article("The Harbour Gazette", Wednesday, new Report(Signing, IsNew: false)),
        ]);
        store.DateUndatedArticles(); // infers 2031-04-08

        var weekLater = new EventSignature("agreement", new FactDate(new DateOnly(2031, 4, 15), DatePrecision.Day), null, new HashSet<long> { Varga, Brandt });

        Assert.Equal(Signing, store.LoadEntityIndex().FindEvent(weekLater));
    }

    [Fact]
    public void Every_stored_event_is_known_and_other_entities_are_not_events()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([Cast(), Article("The Harbour Gazette", Wednesday, new Report(Signing, IsNew: true), new Report(Strike, IsNew: true))]);

        var index = store.LoadEntityIndex();

        Assert.NotNull(index.EventOf(Signing));
        Assert.NotNull(index.EventOf(Strike));
        Assert.Null(index.EventOf(Varga));
        Assert.Null(index.EventOf(PortElling));
        Assert.Equal(Strike + 1, index.NewId());
    }
}
