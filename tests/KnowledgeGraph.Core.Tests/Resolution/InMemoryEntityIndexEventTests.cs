using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Core.Resolution;

namespace KnowledgeGraph.Core.Tests.Resolution;

/// <summary>How the in-memory index remembers events and finds the one a new report describes.</summary>
public sealed class InMemoryEntityIndexEventTests
{
    private const long Ruiz = 1, Berg = 2, Alves = 3, Okafor = 4, Lisbon = 20, Portugal = 21, Porto = 22;

    private static readonly FactDate March11 = new(new DateOnly(2025, 3, 11), DatePrecision.Day);

    private static EventSignature Meeting(FactDate? date, long? place, params long[] participants) =>
        new("meeting", date, place, participants.ToHashSet());

    [Fact]
    public void An_empty_index_finds_no_event_and_knows_none()
    {
        var index = new InMemoryEntityIndex();

        Assert.Null(index.FindEvent(Meeting(March11, Lisbon, Ruiz, Berg)));
        Assert.Null(index.EventOf(10));
    }

    [Fact]
    public void A_visit_reported_at_the_country_finds_the_one_at_its_city_once_the_city_is_known_to_lie_in_it()
    {
        var index = new InMemoryEntityIndex();
        index.SetEvent(10, Meeting(March11, Lisbon, Ruiz));
        Assert.Null(index.FindEvent(Meeting(null, Portugal, Ruiz)));

        index.AddContainment(Lisbon, Portugal);

        Assert.Equal(10, index.FindEvent(Meeting(null, Portugal, Ruiz)));
        Assert.Null(index.FindEvent(Meeting(null, Porto, Ruiz)));
    }

    [Fact]
    public void Two_places_neither_inside_the_other_keep_reports_of_the_same_people_apart()
    {
        var index = new InMemoryEntityIndex();
        index.SetEvent(10, Meeting(March11, Lisbon, Ruiz, Berg));

        Assert.Null(index.FindEvent(Meeting(null, Porto, Ruiz, Berg)));
    }

    [Fact]
    public void An_event_with_many_participants_is_found_through_its_lowest_ids_but_not_only_through_the_rest()
    {
        var index = new InMemoryEntityIndex();
        var many = Enumerable.Range(100, 3 * InMemoryEntityIndex.MaxKeyedParticipants).Select(i => (long)i).ToArray();
        index.SetEvent(10, Meeting(null, null, many));

        Assert.Equal(10, index.FindEvent(Meeting(null, null, many[0], many[1])));
        Assert.Null(index.FindEvent(Meeting(null, null, many[^1], many[^2])));
    }

    [Fact]
    public void A_report_naming_one_participant_on_the_stated_day_finds_the_event_once_it_is_dated()
    {
        var index = new InMemoryEntityIndex();
        index.SetEvent(10, Meeting(null, null, Ruiz));
        Assert.Null(index.FindEvent(Meeting(March11, null, Ruiz)));

        index.SetEvent(10, Meeting(March11, null, Ruiz));

        Assert.Equal(10, index.FindEvent(Meeting(March11, null, Ruiz)));
        Assert.Null(index.FindEvent(Meeting(March11, null, Ruiz, Berg)));
    }

    [Fact]
    public void A_report_of_a_known_event_finds_its_id()
    {
        var index = new InMemoryEntityIndex();
        index.SetEvent(10, Meeting(March11, Lisbon, Ruiz, Berg));

        Assert.Equal(10, index.FindEvent(Meeting(null, null, Berg, Ruiz)));
    }

    [Fact]
    public void A_report_that_does_not_match_is_not_found_though_it_shares_a_participant()
    {
        var index = new InMemoryEntityIndex();
        index.SetEvent(10, Meeting(March11, Lisbon, Ruiz, Berg));

        Assert.Null(index.FindEvent(Meeting(March11, null, Ruiz, Alves)));
        Assert.Null(index.FindEvent(Meeting(new FactDate(new DateOnly(2025, 3, 14), DatePrecision.Day), Lisbon, Ruiz, Berg)));
        Assert.Null(index.FindEvent(new EventSignature("visit", March11, Lisbon, new HashSet<long> { Ruiz, Berg })));
    }

    [Fact]
    public void An_event_that_shares_no_participant_is_never_found()
    {
        var index = new InMemoryEntityIndex();
        index.SetEvent(10, Meeting(March11, Lisbon, Ruiz, Berg));

        Assert.Null(index.FindEvent(Meeting(March11, Lisbon, Alves, Okafor)));
        Assert.Null(index.FindEvent(Meeting(March11, Lisbon)));
    }

    [Fact]
    public void Of_several_matching_events_the_earliest_id_is_found_whatever_the_order_of_participants()
    {
        var index = new InMemoryEntityIndex();
        // Registered out of id order, and each reachable through a different participant first.
        index.SetEvent(30, Meeting(null, Lisbon, Berg, Alves));
        index.SetEvent(12, Meeting(null, Lisbon, Alves, Okafor));
        index.SetEvent(25, Meeting(null, Lisbon, Okafor, Ruiz));

        // One shared participant at the same place matches each of them.
        foreach (var order in new[] { new long[] { Berg, Okafor }, [Okafor, Berg], [Alves], [Ruiz, Alves, Berg, Okafor] })
        {
            var report = new EventSignature("meeting", null, Lisbon, new SortedSet<long>(order, Comparer<long>.Create((a, b) => Array.IndexOf(order, a).CompareTo(Array.IndexOf(order, b)))));
            Assert.Equal(12, index.FindEvent(report));
        }
    }

    [Fact]
    public void The_earliest_matching_event_wins_even_when_an_earlier_id_does_not_match()
    {
        var index = new InMemoryEntityIndex();
        index.SetEvent(5, Meeting(new FactDate(new DateOnly(2024, 1, 2), DatePrecision.Day), Lisbon, Ruiz, Berg));
        index.SetEvent(9, Meeting(March11, Lisbon, Ruiz, Berg));
        index.SetEvent(14, Meeting(null, Lisbon, Ruiz, Berg));

        Assert.Equal(9, index.FindEvent(Meeting(March11, null, Berg, Ruiz)));
    }

    [Fact]
    public void Set_event_replaces_what_was_known()
    {
        var index = new InMemoryEntityIndex();
        index.SetEvent(10, Meeting(null, null, Ruiz, Berg));
        var joined = Meeting(March11, Lisbon, Ruiz, Berg, Alves);

        index.SetEvent(10, joined);

        Assert.Same(joined, index.EventOf(10));
        Assert.Equal(10, index.FindEvent(Meeting(null, null, Ruiz, Alves)));
    }

    [Fact]
    public void Set_event_indexes_participants_that_joined_later()
    {
        var index = new InMemoryEntityIndex();
        index.SetEvent(10, Meeting(null, Lisbon, Ruiz, Berg));
        Assert.Null(index.FindEvent(Meeting(null, null, Alves, Okafor)));

        index.SetEvent(10, Meeting(null, Lisbon, Ruiz, Berg, Alves, Okafor));

        Assert.Equal(10, index.FindEvent(Meeting(null, null, Alves, Okafor)));
    }

    [Fact]
    public void A_replaced_signature_decides_the_match_not_the_one_before_it()
    {
        var index = new InMemoryEntityIndex();
        index.SetEvent(10, Meeting(null, null, Ruiz, Berg));
        Assert.Equal(10, index.FindEvent(Meeting(new FactDate(new DateOnly(2025, 3, 20), DatePrecision.Day), null, Ruiz, Berg)));

        index.SetEvent(10, Meeting(March11, null, Ruiz, Berg));

        Assert.Null(index.FindEvent(Meeting(new FactDate(new DateOnly(2025, 3, 20), DatePrecision.Day), null, Ruiz, Berg)));
    }

    [Fact]
    public void Event_of_tells_events_apart()
    {
        var index = new InMemoryEntityIndex();
        var first = Meeting(March11, Lisbon, Ruiz, Berg);
        var second = Meeting(null, null, Alves, Okafor);
        index.SetEvent(10, first);
        index.SetEvent(11, second);

        Assert.Same(first, index.EventOf(10));
        Assert.Same(second, index.EventOf(11));
        Assert.Null(index.EventOf(Ruiz));
    }

    [Fact]
    public void New_ids_continue_after_an_event_id()
    {
        var index = new InMemoryEntityIndex(lastIssuedId: 3);
        index.SetEvent(40, Meeting(null, null, Ruiz, Berg));

        Assert.Equal(41, index.NewId());
    }

    [Fact]
    public void Events_are_not_keys()
    {
        var index = new InMemoryEntityIndex();
        index.SetEvent(10, Meeting(null, null, Ruiz, Berg));

        Assert.Equal(0, index.Count);
    }
}
