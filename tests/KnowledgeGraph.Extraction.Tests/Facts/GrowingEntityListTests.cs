using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Facts;

namespace KnowledgeGraph.Extraction.Tests.Facts;

/// <summary>
/// Nodes that later stages add (events, byline authors and outlets) keep the contract of the resolver's entities:
/// ids are indexes, and mentions stay sorted. Tested through the pipeline, since the list is internal.
/// </summary>
public sealed class GrowingEntityListTests
{
    private const string Story =
        "The harbour stayed closed on Monday. Ana Ruiz hosted Tomas Berg in Lisbon on Tuesday. Berg later visited Porto.";

    private static DocumentFacts Extract() => InventedArticle.Extract(Story, byline: "Pedro Alves", source: "Harbour Radio");

    [Fact]
    public void Every_entity_id_is_its_index_after_nodes_were_added()
    {
        var facts = Extract();

        Assert.Contains(facts.Entities, e => e.Kind == EntityKind.Event);
        Assert.Contains(facts.Entities, e => e.Kind == EntityKind.Organization);
        Assert.Equal(Enumerable.Range(0, facts.Entities.Count), facts.Entities.Select(e => e.Id));
    }

    [Fact]
    public void Added_nodes_come_after_the_named_entities_events_before_the_byline()
    {
        var facts = Extract();
        var named = facts.Entities.Where(e => e.Kind is EntityKind.Person or EntityKind.Place && e.Name != "Pedro Alves").Select(e => e.Id).ToList();
        var events = facts.Events.Select(e => e.EntityId).ToList();
        var byline = new[] { facts.Entity(EntityKind.Person, "Pedro Alves").Id, facts.Entity(EntityKind.Organization, "Harbour Radio").Id };

        Assert.True(named.Max() < events.Min());
        Assert.True(events.Max() < byline.Min());
        Assert.Equal(facts.Entities.Count - 1, byline.Max());
    }

    [Fact]
    public void Mentions_stay_sorted_by_start_with_event_triggers_among_the_names()
    {
        var facts = Extract();

        Assert.Equal(facts.Mentions.OrderBy(m => m.Span.Start).ThenBy(m => m.Span.End), facts.Mentions);
        var texts = facts.Mentions.Select(m => m.Text).ToList();
        Assert.True(texts.IndexOf("Ana Ruiz") < texts.IndexOf("hosted") && texts.IndexOf("hosted") < texts.IndexOf("Tomas Berg"));
        Assert.True(texts.IndexOf("visited") < texts.IndexOf("Porto"));
    }

    [Fact]
    public void Every_mention_points_at_an_entity_that_has_its_text_as_an_alias()
    {
        var facts = Extract();

        Assert.All(facts.Mentions, m =>
        {
            Assert.InRange(m.EntityId, 0, facts.Entities.Count - 1);
            Assert.Equal(m.Text, m.Span.Slice(facts.Document.Text));
            Assert.Contains(facts.Entities[m.EntityId].Aliases, a => a.Alias == m.Text);
            Assert.True(facts.Sentences[m.Sentence].Contains(m.Span));
        });
    }

    [Fact]
    public void Nodes_from_the_byline_have_no_mention_and_no_alias()
    {
        var facts = Extract();

        foreach (var node in new[] { facts.Entity(EntityKind.Person, "Pedro Alves"), facts.Entity(EntityKind.Organization, "Harbour Radio") })
        {
            Assert.Empty(node.Aliases);
            Assert.DoesNotContain(facts.Mentions, m => m.EntityId == node.Id);
        }
    }

    [Fact]
    public void Every_relation_joins_entities_of_the_document()
    {
        var facts = Extract();

        Assert.All(facts.Relations, r =>
        {
            Assert.InRange(r.SourceId, 0, facts.Entities.Count - 1);
            Assert.InRange(r.TargetId, 0, facts.Entities.Count - 1);
        });
        Assert.All(facts.Events, e => Assert.Equal(EntityKind.Event, facts.Entities[e.EntityId].Kind));
    }
}
