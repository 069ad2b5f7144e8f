using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Extraction.Events;

namespace KnowledgeGraph.Extraction.Facts;

/// <summary>
/// Turns detected events into graph nodes: an entity of kind event named by the event's label with its first trigger as
/// mention, the <see cref="LocalEvent"/> the store writes to <c>events</c>, and relations that put it in the graph:
/// participant_in from each participant (labelled with the role) and took_place_in to its place, with the event's
/// sentences as evidence.
/// </summary>
internal static class EventNodes
{
    public static (IReadOnlyList<LocalEvent> Events, IReadOnlyList<LocalRelation> Relations) Add(
        AnalyzedText text, IReadOnlyList<DetectedEvent> detected, IReadOnlyList<FloatingDate?> floating, GrowingEntityList graph)
    {
        var events = new List<LocalEvent>();
        var relations = new List<LocalRelation>();
        for (var i = 0; i < detected.Count; i++)
        {
            var found = detected[i];
            var id = NamedEventAt(found.Trigger, graph, events) ?? AddNode(text, found, graph);
            events.Add(new LocalEvent(id, found.EventType, found.Date, found.PlaceId, found.Participants, found.Evidence) { Floating = floating[i] });
            foreach (var (entityId, role) in found.Participants)
            {
                relations.Add(new LocalRelation(entityId, id, RelationKinds.ParticipantIn, role, Naming(entityId, found.Evidence, graph.Mentions)));
            }

            if (found.PlaceId is { } place)
            {
                relations.Add(new LocalRelation(id, place, RelationKinds.TookPlaceIn, null, Naming(place, found.Evidence, graph.Mentions)));
            }
        }

        return (events, relations);
    }

    /// <summary>
    /// The event the tagger already named where the trigger stands ("the State of the Nation address"), which becomes
    /// the node rather than a second one beside it; null when there is none or it already stands for another event.
    /// </summary>
    private static int? NamedEventAt(TextSpan trigger, GrowingEntityList graph, List<LocalEvent> events)
    {
        var named = graph.Mentions.FirstOrDefault(m => m.Span.Contains(trigger) && graph.Entities[m.EntityId].Kind == EntityKind.Event);
        return named is not null && events.All(e => e.EntityId != named.EntityId) ? named.EntityId : null;
    }

    /// <summary>A new event node named by the event's label, with the first trigger as its one mention.</summary>
    private static int AddNode(AnalyzedText text, DetectedEvent found, GrowingEntityList graph)
    {
        var trigger = new Mention(-1, text.SentenceAt(found.Trigger.Start), found.Trigger, found.Trigger.Slice(text.Text));

        // No resolution keys: events are matched across documents by type, date, place and participants instead.
        return graph.Add(EntityKind.Event, found.Name, [], 0, trigger);
    }

    /// <summary>
    /// The event's sentences that name <paramref name="entityId"/>, which say that it took part; all of them when none
    /// does (the text said "he").
    /// </summary>
    private static IReadOnlyList<TextSpan> Naming(int entityId, IReadOnlyList<TextSpan> evidence, IReadOnlyList<Mention> mentions)
    {
        var naming = evidence.Where(sentence => mentions.Any(m => m.EntityId == entityId && sentence.Contains(m.Span))).ToList();
        return naming.Count > 0 ? naming : evidence;
    }
}
