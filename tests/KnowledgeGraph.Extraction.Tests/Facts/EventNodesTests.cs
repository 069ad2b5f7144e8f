using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Extraction.Events;

namespace KnowledgeGraph.Extraction.Tests.Facts;

/// <summary>Each detected event becomes a node of kind event, tied to its participants and place by relations.</summary>
public sealed class EventNodesTests
{
    private const string HostedMeeting = "Chilean President Ana Ruiz hosted Tomas Berg in Santiago on Friday.";

    [Fact]
    public void An_event_is_an_entity_of_kind_event_with_its_trigger_as_its_only_mention()
    {
        var facts = InventedArticle.Extract("Ana Ruiz met Tomas Berg in Lisbon on Tuesday.");

        var meeting = facts.Event(EventTypes.Meeting);
        var entity = facts.Entities[meeting.EntityId];
        var mention = Assert.Single(facts.Mentions, m => m.EntityId == meeting.EntityId);

        Assert.Equal(EntityKind.Event, entity.Kind);
        Assert.Equal("met", mention.Text);
        Assert.Equal("met", mention.Span.Slice(facts.Document.Text));
        Assert.Equal(0, mention.Sentence);
        Assert.Equal([new AliasCount("met", 1)], entity.Aliases);
        Assert.Contains("Ana Ruiz", entity.Name, StringComparison.Ordinal);
        Assert.Contains("Tomas Berg", entity.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void The_trigger_mention_names_the_sentence_it_stands_in()
    {
        var facts = InventedArticle.Extract("The harbour stayed closed on Monday. Ana Ruiz met Tomas Berg in Lisbon on Tuesday.");

        var meeting = facts.Event(EventTypes.Meeting);
        var mention = Assert.Single(facts.Mentions, m => m.EntityId == meeting.EntityId);

        Assert.Equal(1, mention.Sentence);
        Assert.True(facts.Sentences[1].Contains(mention.Span));
        Assert.Equal("met", mention.Text);
    }

    [Fact]
    public void Every_event_entity_has_exactly_one_mention_and_no_resolution_keys()
    {
        var facts = InventedArticle.Extract(
            "Ana Ruiz arrived in Lima on Monday. She met Tomas Berg there on Tuesday. Police arrested Pedro Alves in Quito.");

        var eventEntities = facts.Entities.Where(e => e.Kind == EntityKind.Event).ToList();

        Assert.True(eventEntities.Count >= 2, "Expected at least the visit and the meeting.");
        Assert.Equal(eventEntities.Select(e => e.Id).Order(), facts.Events.Select(e => e.EntityId).Order());
        Assert.All(eventEntities, e =>
        {
            var mention = Assert.Single(facts.Mentions, m => m.EntityId == e.Id);
            Assert.Equal([new AliasCount(mention.Text, 1)], e.Aliases);
            Assert.Empty(e.ResolutionKeys);
            Assert.Equal(0, e.LookupKeyCount);
        });
    }

    [Fact]
    public void Each_participant_is_linked_to_the_event_with_its_role_as_label()
    {
        var facts = InventedArticle.Extract(HostedMeeting);
        var meeting = facts.Event(EventTypes.Meeting);
        var ruiz = facts.Entity(EntityKind.Person, "Ana Ruiz");
        var berg = facts.Entity(EntityKind.Person, "Tomas Berg");

        var links = facts.RelationsOfKind(RelationKinds.ParticipantIn);

        Assert.Equal(
            [(ruiz.Id, meeting.EntityId, EventRoleNames.Host), (berg.Id, meeting.EntityId, EventRoleNames.Guest)],
            links.OrderBy(r => r.SourceId).Select(r => (r.SourceId, r.TargetId, r.Label)));
        Assert.Equal(
            meeting.Participants.OrderBy(p => p.EntityId).Select(p => (p.EntityId, meeting.EntityId, (string?)p.Role)),
            links.OrderBy(r => r.SourceId).Select(r => (r.SourceId, r.TargetId, r.Label)));
        Assert.All(links, r => Assert.Equal([facts.Sentences[0]], r.Evidence));
    }

    [Fact]
    public void The_event_took_place_in_its_place()
    {
        var facts = InventedArticle.Extract(HostedMeeting);
        var meeting = facts.Event(EventTypes.Meeting);
        var santiago = facts.Entity(EntityKind.Place, "Santiago");

        var place = Assert.Single(facts.RelationsOfKind(RelationKinds.TookPlaceIn));

        Assert.Equal(santiago.Id, meeting.PlaceId);
        Assert.Equal((meeting.EntityId, santiago.Id, (string?)null), (place.SourceId, place.TargetId, place.Label));
        Assert.Equal([facts.Sentences[0]], place.Evidence);
    }

    [Fact]
    public void An_event_without_a_place_takes_place_nowhere()
    {
        var facts = InventedArticle.Extract("Ana Ruiz met Tomas Berg on Tuesday.");

        Assert.Null(facts.Event(EventTypes.Meeting).PlaceId);
        Assert.Empty(facts.RelationsOfKind(RelationKinds.TookPlaceIn));
        Assert.Equal(2, facts.RelationsOfKind(RelationKinds.ParticipantIn).Count);
    }

    [Fact]
    public void A_participant_is_evidenced_by_the_event_sentences_that_name_it()
    {
        // The second sentence reports the same talks and names only Ruiz, so only her link cites it.
        var facts = InventedArticle.Extract(
            "Ana Ruiz and Tomas Berg held talks in Lisbon. \"We found common ground,\" Ruiz said after the meeting.",
            published: new DateOnly(2025, 3, 12));
        var talks = facts.Event(EventTypes.Talks);
        var ruiz = facts.Entity(EntityKind.Person, "Ana Ruiz");
        var berg = facts.Entity(EntityKind.Person, "Tomas Berg");
        Assert.Equal(2, talks.Evidence.Count);

        var links = facts.RelationsOfKind(RelationKinds.ParticipantIn);

        Assert.Equal(talks.Evidence, Assert.Single(links, r => r.SourceId == ruiz.Id).Evidence);
        Assert.Equal([talks.Evidence[0]], Assert.Single(links, r => r.SourceId == berg.Id).Evidence);
    }

    [Fact]
    public void A_participant_the_text_names_only_by_a_pronoun_is_evidenced_by_every_event_sentence()
    {
        var facts = InventedArticle.Extract("Ana Ruiz arrived in Lima on Monday. She met Tomas Berg there on Tuesday.");
        var meeting = facts.Event(EventTypes.Meeting);
        var ruiz = facts.Entity(EntityKind.Person, "Ana Ruiz");
        Assert.Contains(meeting.Participants, p => p.EntityId == ruiz.Id);

        var link = Assert.Single(facts.RelationsOfKind(RelationKinds.ParticipantIn), r => r.SourceId == ruiz.Id && r.TargetId == meeting.EntityId);

        Assert.Equal(meeting.Evidence, link.Evidence);
        Assert.DoesNotContain(facts.Mentions, m => m.EntityId == ruiz.Id && meeting.Evidence.Any(s => s.Contains(m.Span)));
    }

    [Fact]
    public void A_trigger_inside_a_named_event_makes_that_entity_the_event_node()
    {
        var facts = InventedArticle.Extract("Ana Ruiz gave the State of the Nation address on Tuesday.", published: new DateOnly(2025, 3, 12));

        var speech = facts.Event(EventTypes.Speech);

        var node = Assert.Single(facts.Entities, e => e.Kind == EntityKind.Event);
        Assert.Equal(speech.EntityId, node.Id);
        Assert.Single(facts.Mentions, m => m.Text == "State of the Nation address");
    }

    [Fact]
    public void Event_nodes_are_not_co_mentioned_with_the_names_beside_them()
    {
        var facts = InventedArticle.Extract(HostedMeeting);
        var meeting = facts.Event(EventTypes.Meeting);

        Assert.DoesNotContain(
            facts.RelationsOfKind(RelationKinds.CoMention),
            r => r.SourceId == meeting.EntityId || r.TargetId == meeting.EntityId);
    }
}
