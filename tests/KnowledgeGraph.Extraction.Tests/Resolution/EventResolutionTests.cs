using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Documents;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Core.Resolution;
using KnowledgeGraph.Extraction.Events;
using KnowledgeGraph.Extraction.Names;
using KnowledgeGraph.Extraction.Resolution;
using KnowledgeGraph.Extraction.Tests.Facts;

namespace KnowledgeGraph.Extraction.Tests.Resolution;

/// <summary>
/// How the graph builder resolves event nodes across documents: by type, date, place and participants in graph ids,
/// never by name. Most reports are made by hand so that each test says exactly what a document reports; the last tests
/// run the shipped pipeline over invented articles.
/// </summary>
public sealed class EventResolutionTests
{
    private static readonly FactDate March11 = new(new DateOnly(2025, 3, 11), DatePrecision.Day);
    private static readonly FactDate March12 = new(new DateOnly(2025, 3, 12), DatePrecision.Day);
    private static readonly FactDate March14 = new(new DateOnly(2025, 3, 14), DatePrecision.Day);

    /// <summary>A named entity or an event node of a hand-made report, with the form the text prints it as.</summary>
    private sealed record Node(EntityKind Kind, string Name, string Form);

    private static Node Person(string name) => new(EntityKind.Person, name, name);

    private static Node Place(string name) => new(EntityKind.Place, name, name);

    private static Node Event(string name, string trigger) => new(EntityKind.Event, name, trigger);

    /// <summary>
    /// One document's facts: <paramref name="nodes"/> in local id order, each named where its form first occurs in the
    /// one-sentence <paramref name="text"/>; named entities keyed by kind and name, events by nothing, as the pipeline
    /// does. <paramref name="events"/> name their nodes by local id; each participant is linked by participant_in.
    /// </summary>
    private static DocumentFacts Report(string name, string text, IReadOnlyList<Node> nodes, params LocalEvent[] events)
    {
        var sentence = new TextSpan(0, text.Length);
        var entities = new List<LocalEntity>();
        var mentions = new List<Mention>();
        foreach (var node in nodes)
        {
            var start = text.IndexOf(node.Form, StringComparison.Ordinal);
            Assert.True(start >= 0, $"'{node.Form}' is not in the text.");
            IReadOnlyList<string> keys = node.Kind == EntityKind.Event ? [] : [NameKey.For(node.Kind, node.Name)];
            entities.Add(new LocalEntity(entities.Count, node.Kind, node.Name, keys, [new AliasCount(node.Form, 1)], keys.Count));
            mentions.Add(new Mention(entities.Count - 1, 0, new TextSpan(start, start + node.Form.Length), node.Form));
        }

        var relations = events
            .SelectMany(e => e.Participants.Select(p => new LocalRelation(p.EntityId, e.EntityId, RelationKinds.ParticipantIn, p.Role, [sentence])))
            .ToList();
        var document = new Document($"{name}.txt", name, null, null, null, null, null, text, ContentHash.Of(text));
        return new DocumentFacts(document, [sentence], entities, [.. mentions.OrderBy(m => m.Span.Start)], relations)
        {
            Events = [.. events.Select(e => e with { Evidence = [sentence] })],
        };
    }

    private static LocalEvent Meeting(int entityId, FactDate? date, int? placeId, params int[] participants) =>
        new(entityId, EventTypes.Meeting, date, placeId, [.. participants.Select(p => new EventRole(p, EventRoleNames.Participant))], []);

    /// <summary>"Ana Ruiz met Tomas Berg in Lisbon": Ruiz 0, Berg 1, Lisbon 2, the meeting 3.</summary>
    private static DocumentFacts MeetingInLisbon(string name, FactDate? date) =>
        Report(
            name,
            date is null ? "Ana Ruiz met Tomas Berg in Lisbon." : "Ana Ruiz met Tomas Berg in Lisbon on a stated day.",
            [Person("Ana Ruiz"), Person("Tomas Berg"), Place("Lisbon"), Event("Meeting of Ana Ruiz and Tomas Berg in Lisbon", "met")],
            Meeting(3, date, 2, 0, 1));

    /// <summary>"Tomas Berg and Ana Ruiz held talks": the same two people, listed the other way round, no place: Berg 0, Ruiz 1, the meeting 2.</summary>
    private static DocumentFacts UndatedMeetingWithoutPlace(string name) =>
        Report(
            name,
            "Tomas Berg and Ana Ruiz sat down together.",
            [Person("Tomas Berg"), Person("Ana Ruiz"), Event("Meeting of Tomas Berg and Ana Ruiz", "sat down")],
            Meeting(2, null, null, 0, 1));

    private static long IdOf(ResolvedDocument resolved, string name) => Assert.Single(resolved.Entities, e => e.Name == name).Id;

    [Fact]
    public void A_dated_and_an_undated_report_of_one_meeting_resolve_to_one_event_that_keeps_the_date()
    {
        var index = new InMemoryEntityIndex();
        var builder = new GraphBuilder(index);
        var dated = builder.Resolve(MeetingInLisbon("dated", March11));

        var undated = builder.Resolve(UndatedMeetingWithoutPlace("undated"));

        var first = Assert.Single(dated.Events);
        var second = Assert.Single(undated.Events);
        Assert.Equal(first.EntityId, second.EntityId);
        Assert.Equal(March11, second.Signature.Date);
        Assert.Equal(IdOf(dated, "Lisbon"), second.Signature.PlaceId);
        var node = Assert.Single(undated.Entities, e => e.Id == second.EntityId);
        Assert.False(node.IsNew);
        Assert.Equal(EntityKind.Event, node.Kind);
        Assert.Equal("Meeting of Ana Ruiz and Tomas Berg in Lisbon", node.Name);
        Assert.Equal(second.Signature, index.EventOf(second.EntityId));
    }

    [Fact]
    public void An_undated_report_first_takes_the_date_of_a_later_dated_report()
    {
        var index = new InMemoryEntityIndex();
        var builder = new GraphBuilder(index);
        var undated = builder.Resolve(UndatedMeetingWithoutPlace("undated"));

        var dated = builder.Resolve(MeetingInLisbon("dated", March11));

        var first = Assert.Single(undated.Events);
        var second = Assert.Single(dated.Events);
        Assert.Null(first.Signature.Date);
        Assert.Equal(first.EntityId, second.EntityId);
        Assert.Equal(March11, second.Signature.Date);
        Assert.Equal(IdOf(dated, "Lisbon"), second.Signature.PlaceId);
        Assert.Equal(March11, index.EventOf(first.EntityId)!.Date);
    }

    [Fact]
    public void A_report_dated_three_days_apart_is_a_new_event()
    {
        var index = new InMemoryEntityIndex();
        var builder = new GraphBuilder(index);
        var earlier = builder.Resolve(MeetingInLisbon("earlier", March11));

        var later = builder.Resolve(MeetingInLisbon("later", March14));

        var first = Assert.Single(earlier.Events);
        var second = Assert.Single(later.Events);
        Assert.NotEqual(first.EntityId, second.EntityId);
        Assert.True(Assert.Single(later.Entities, e => e.Id == second.EntityId).IsNew);
        Assert.Equal(March14, second.Signature.Date);
        Assert.Equal(March11, index.EventOf(first.EntityId)!.Date);
        Assert.Equal(March14, index.EventOf(second.EntityId)!.Date);

        // The people and the place are still the same entities.
        Assert.Equal(first.Signature.Participants.Order(), second.Signature.Participants.Order());
        Assert.Equal(first.Signature.PlaceId, second.Signature.PlaceId);
    }

    [Fact]
    public void A_report_one_day_off_joins_the_event_and_the_first_date_stays()
    {
        var builder = new GraphBuilder(new InMemoryEntityIndex());
        var earlier = builder.Resolve(MeetingInLisbon("earlier", March11));

        var later = builder.Resolve(MeetingInLisbon("later", March12));

        Assert.Equal(Assert.Single(earlier.Events).EntityId, Assert.Single(later.Events).EntityId);
        Assert.Equal(March11, later.Events[0].Signature.Date);
    }

    [Fact]
    public void Participants_place_and_the_event_itself_are_given_graph_ids()
    {
        var index = new InMemoryEntityIndex(lastIssuedId: 50);
        index.Add("name:tomas berg", 40);
        var facts = Report(
            "hosted",
            "Ana Ruiz hosted Tomas Berg in Lisbon.",
            [Person("Ana Ruiz"), Person("Tomas Berg"), Place("Lisbon"), Event("Meeting of Ana Ruiz and Tomas Berg in Lisbon", "hosted")],
            new LocalEvent(3, EventTypes.Meeting, null, 2, [new EventRole(0, EventRoleNames.Host), new EventRole(1, EventRoleNames.Guest)], []));

        var resolved = new GraphBuilder(index).Resolve(facts);

        var meeting = Assert.Single(resolved.Events);
        var (ruiz, berg, lisbon) = (IdOf(resolved, "Ana Ruiz"), IdOf(resolved, "Tomas Berg"), IdOf(resolved, "Lisbon"));
        Assert.Equal(40, berg);
        Assert.Equal([(ruiz, EventRoleNames.Host), (berg, EventRoleNames.Guest)], meeting.Participants);
        Assert.Equal([berg, ruiz], meeting.Signature.Participants.Order());
        Assert.Equal(lisbon, meeting.Signature.PlaceId);
        Assert.Equal(EventTypes.Meeting, meeting.Signature.EventType);
        // New ids are handed out in local order after the stored ones: Ruiz, Lisbon, then the event.
        Assert.Equal((51L, 52L, 53L), (ruiz, lisbon, meeting.EntityId));

        var node = Assert.Single(resolved.Entities, e => e.Id == meeting.EntityId);
        Assert.Equal(EntityKind.Event, node.Kind);
        Assert.Equal("Meeting of Ana Ruiz and Tomas Berg in Lisbon", node.Name);
        Assert.Equal(meeting.EntityId, Assert.Single(resolved.Mentions, m => m.Mention.Text == "hosted").EntityId);
        Assert.Equal(
            [(berg, meeting.EntityId, EventRoleNames.Guest), (ruiz, meeting.EntityId, EventRoleNames.Host)],
            resolved.Relations.Where(r => r.Kind == RelationKinds.ParticipantIn).OrderBy(r => r.SourceId).Select(r => (r.SourceId, r.TargetId, r.Label!)));
    }

    [Fact]
    public void An_event_listed_before_its_participants_still_gets_their_graph_ids()
    {
        var index = new InMemoryEntityIndex(lastIssuedId: 10);
        index.Add("name:ana ruiz", 3);
        index.Add("name:tomas berg", 4);
        var facts = Report(
            "event-first",
            "Ana Ruiz met Tomas Berg.",
            [Event("Meeting of Ana Ruiz and Tomas Berg", "met"), Person("Ana Ruiz"), Person("Tomas Berg")],
            Meeting(0, March11, null, 1, 2));

        var resolved = new GraphBuilder(index).Resolve(facts);

        var meeting = Assert.Single(resolved.Events);
        Assert.Equal([3L, 4L], meeting.Signature.Participants.Order());
        Assert.Equal(11, meeting.EntityId);
    }

    [Fact]
    public void Two_local_entities_that_are_one_graph_entity_take_part_once()
    {
        var facts = Report(
            "twice",
            "Ana Ruiz met Tomas Berg; A. Ruiz later spoke.",
            [Person("Ana Ruiz"), new Node(EntityKind.Person, "Ana Ruiz", "A. Ruiz"), Person("Tomas Berg"), Event("Meeting of Ana Ruiz and Tomas Berg", "met")],
            Meeting(3, null, null, 0, 1, 2));

        var resolved = new GraphBuilder(new InMemoryEntityIndex()).Resolve(facts);

        var meeting = Assert.Single(resolved.Events);
        var (ruiz, berg) = (IdOf(resolved, "Ana Ruiz"), IdOf(resolved, "Tomas Berg"));
        Assert.Equal([(ruiz, EventRoleNames.Participant), (berg, EventRoleNames.Participant)], meeting.Participants);
        Assert.Equal([ruiz, berg], meeting.Signature.Participants.Order());
    }

    [Fact]
    public void One_shared_participant_at_the_same_place_is_the_same_visit()
    {
        var builder = new GraphBuilder(new InMemoryEntityIndex());
        LocalEvent Visit(FactDate? date) => new(2, EventTypes.Visit, date, 1, [new EventRole(0, EventRoleNames.Guest)], []);
        var first = builder.Resolve(Report("first", "Ana Ruiz flew to Lima.", [Person("Ana Ruiz"), Place("Lima"), Event("Visit of Ana Ruiz to Lima", "flew to")], Visit(March11)));

        var second = builder.Resolve(Report("second", "Ana Ruiz arrived in Lima.", [Person("Ana Ruiz"), Place("Lima"), Event("Visit of Ana Ruiz to Lima", "arrived in")], Visit(null)));
        var elsewhere = builder.Resolve(Report("third", "Ana Ruiz arrived in Quito.", [Person("Ana Ruiz"), Place("Quito"), Event("Visit of Ana Ruiz to Quito", "arrived in")], Visit(null)));

        Assert.Equal(first.Events[0].EntityId, second.Events[0].EntityId);
        Assert.NotEqual(first.Events[0].EntityId, elsewhere.Events[0].EntityId);
    }

    [Fact]
    public void One_shared_participant_without_a_place_is_a_new_event_though_the_names_agree()
    {
        var builder = new GraphBuilder(new InMemoryEntityIndex());
        var first = builder.Resolve(Report(
            "first", "Ana Ruiz met Tomas Berg.", [Person("Ana Ruiz"), Person("Tomas Berg"), Event("Meeting of Ana Ruiz", "met")], Meeting(2, null, null, 0, 1)));

        var second = builder.Resolve(Report(
            "second", "Ana Ruiz met Pedro Alves.", [Person("Ana Ruiz"), Person("Pedro Alves"), Event("Meeting of Ana Ruiz", "met")], Meeting(2, null, null, 0, 1)));

        Assert.NotEqual(first.Events[0].EntityId, second.Events[0].EntityId);
        Assert.True(Assert.Single(second.Entities, e => e.Kind == EntityKind.Event).IsNew);
    }

    [Fact]
    public void An_event_that_shares_no_participant_is_a_new_event_however_much_else_agrees()
    {
        var builder = new GraphBuilder(new InMemoryEntityIndex());
        var first = builder.Resolve(MeetingInLisbon("first", March11));

        var second = builder.Resolve(Report(
            "second",
            "Pedro Alves met Lina Okafor in Lisbon.",
            [Person("Pedro Alves"), Person("Lina Okafor"), Place("Lisbon"), Event("Meeting of Ana Ruiz and Tomas Berg in Lisbon", "met")],
            Meeting(3, March11, 2, 0, 1)));

        Assert.Equal(IdOf(first, "Lisbon"), IdOf(second, "Lisbon"));
        Assert.NotEqual(first.Events[0].EntityId, second.Events[0].EntityId);
    }

    [Fact]
    public void An_event_node_is_never_matched_by_a_name_key()
    {
        // A non-event entity already holds the key the event node carries; the event must not become that entity.
        var index = new InMemoryEntityIndex();
        index.Add("name:harbour summit", 7);
        var text = "Ana Ruiz met Tomas Berg at the Harbour Summit.";
        var facts = Report("summit", text, [Person("Ana Ruiz"), Person("Tomas Berg"), Event("Harbour Summit", "Harbour Summit")], Meeting(2, null, null, 0, 1));
        facts = facts with { Entities = [.. facts.Entities.Take(2), facts.Entities[2] with { ResolutionKeys = ["name:harbour summit"], LookupKeyCount = 1 }] };

        var resolved = new GraphBuilder(index).Resolve(facts);

        var meeting = Assert.Single(resolved.Events);
        Assert.NotEqual(7, meeting.EntityId);
        Assert.True(Assert.Single(resolved.Entities, e => e.Id == meeting.EntityId).IsNew);
    }

    [Fact]
    public void Event_nodes_with_the_same_name_but_different_dates_stay_apart()
    {
        var builder = new GraphBuilder(new InMemoryEntityIndex());

        var ids = new[] { March11, March14, March11 }
            .Select((date, i) => Assert.Single(builder.Resolve(MeetingInLisbon($"report{i}", date)).Events).EntityId)
            .ToList();

        Assert.NotEqual(ids[0], ids[1]);
        Assert.Equal(ids[0], ids[2]);
    }

    [Fact]
    public void Two_reports_of_one_meeting_in_one_document_are_one_node()
    {
        var facts = Report(
            "repeated",
            "Ana Ruiz met Tomas Berg; their talks ran late.",
            [Person("Ana Ruiz"), Person("Tomas Berg"), Event("Meeting of Ana Ruiz and Tomas Berg", "met"), Event("Meeting of Ana Ruiz and Tomas Berg", "talks")],
            Meeting(2, March11, null, 0, 1),
            Meeting(3, null, null, 1, 0));

        var resolved = new GraphBuilder(new InMemoryEntityIndex()).Resolve(facts);

        Assert.Equal(2, resolved.Events.Count);
        Assert.Equal(resolved.Events[0].EntityId, resolved.Events[1].EntityId);
        Assert.Single(resolved.Entities, e => e.Kind == EntityKind.Event);
        Assert.Equal(March11, resolved.Events[1].Signature.Date);
    }

    [Fact]
    public void The_floating_date_of_a_report_is_carried_to_its_resolved_event()
    {
        var floating = new FloatingDate([-5, -6, 0, -1, -2, -3, -4]);
        var facts = MeetingInLisbon("floating", null);
        facts = facts with { Events = [facts.Events[0] with { Floating = floating }] };

        var resolved = new GraphBuilder(new InMemoryEntityIndex()).Resolve(facts);

        Assert.Same(floating, Assert.Single(resolved.Events).Floating);
        Assert.Null(Assert.Single(new GraphBuilder(new InMemoryEntityIndex()).Resolve(MeetingInLisbon("dated", March11)).Events).Floating);
    }

    [Fact]
    public void Quotes_take_their_speakers_graph_ids()
    {
        var index = new InMemoryEntityIndex(lastIssuedId: 20);
        index.Add("name:tomas berg", 9);
        const string text = "Tomas Berg said \"the port stays open\" and Ana Ruiz added \"it does\" while someone shouted \"no\".";
        var facts = Report("quotes", text, [Person("Ana Ruiz"), Person("Tomas Berg")]);
        LocalQuote Quote(int? speaker, string words)
        {
            var start = text.IndexOf(words, StringComparison.Ordinal);
            return new LocalQuote(speaker, new TextSpan(start, start + words.Length), words);
        }

        var quotes = new[] { Quote(1, "the port stays open"), Quote(0, "it does"), Quote(null, "no") };
        facts = facts with { Quotes = quotes };

        var resolved = new GraphBuilder(index).Resolve(facts);

        Assert.Equal([9L, IdOf(resolved, "Ana Ruiz"), null], resolved.Quotes.Select(q => q.SpeakerId));
        Assert.Equal(21, IdOf(resolved, "Ana Ruiz"));
        Assert.Equal(quotes, resolved.Quotes.Select(q => q.Quote));
    }

    [Fact]
    public void Two_articles_of_the_pipeline_that_report_one_meeting_share_its_node()
    {
        var builder = new GraphBuilder(new InMemoryEntityIndex());
        var dated = builder.Resolve(InventedArticle.Extract("Ana Ruiz met Tomas Berg in Lisbon on Tuesday.", published: new DateOnly(2025, 3, 12)));

        var undated = builder.Resolve(InventedArticle.Extract("Tomas Berg and Ana Ruiz met in Lisbon, officials said."));

        var first = Assert.Single(dated.Events);
        var second = Assert.Single(undated.Events);
        Assert.Equal(first.EntityId, second.EntityId);
        Assert.Equal(March11, second.Signature.Date);
        Assert.Equal([IdOf(dated, "Ana Ruiz"), IdOf(dated, "Tomas Berg")], second.Signature.Participants.Order());
        Assert.Equal(IdOf(dated, "Lisbon"), second.Signature.PlaceId);
        Assert.False(Assert.Single(undated.Entities, e => e.Kind == EntityKind.Event).IsNew);
    }

    [Fact]
    public void A_pipeline_article_dating_the_meeting_three_days_later_makes_a_second_node()
    {
        var builder = new GraphBuilder(new InMemoryEntityIndex());
        var tuesday = builder.Resolve(InventedArticle.Extract("Ana Ruiz met Tomas Berg in Lisbon on Tuesday.", published: new DateOnly(2025, 3, 12)));

        var friday = builder.Resolve(InventedArticle.Extract("Ana Ruiz met Tomas Berg in Lisbon on Friday.", published: new DateOnly(2025, 3, 17)));

        Assert.Equal(March14, Assert.Single(friday.Events).Signature.Date);
        Assert.NotEqual(tuesday.Events[0].EntityId, friday.Events[0].EntityId);
        Assert.Equal(IdOf(tuesday, "Ana Ruiz"), IdOf(friday, "Ana Ruiz"));
    }

    [Fact]
    public void A_pipeline_quote_is_tied_to_the_speakers_graph_entity()
    {
        var builder = new GraphBuilder(new InMemoryEntityIndex(lastIssuedId: 100));
        var earlier = builder.Resolve(InventedArticle.Extract("Tomas Berg arrived in Lisbon on Monday.", published: new DateOnly(2025, 3, 12)));

        var resolved = builder.Resolve(InventedArticle.Extract(
            "Ana Ruiz met Tomas Berg in Lisbon on Tuesday. \"The talks were useful,\" Berg said.", published: new DateOnly(2025, 3, 12)));

        var quote = Assert.Single(resolved.Quotes);
        Assert.Equal(IdOf(earlier, "Tomas Berg"), quote.SpeakerId);
        Assert.Equal("The talks were useful,", quote.Quote.Text);
    }
}
