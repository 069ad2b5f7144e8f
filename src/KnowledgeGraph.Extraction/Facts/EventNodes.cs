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
    /// <param name="text">The document.</param>
    /// <param name="detected">Its events.</param>
    /// <param name="floating">For each event, its floating date or null.</param>
    /// <param name="named">The resolver's mentions, sorted by start: where names stand, events named by the tagger among them.</param>
    /// <param name="graph">The entities to add the event nodes to.</param>
    public static (IReadOnlyList<LocalEvent> Events, IReadOnlyList<LocalRelation> Relations) Add(
        AnalyzedText text, IReadOnlyList<DetectedEvent> detected, IReadOnlyList<FloatingDate?> floating, IReadOnlyList<Mention> named, GrowingEntityList graph)
    {
        // Looked up once per document: every event asks for its participants' and place's mentions.
        var spansOf = named.GroupBy(m => m.EntityId).ToDictionary(g => g.Key, g => g.Select(m => m.Span).ToList());
        var events = new List<LocalEvent>();
        var relations = new List<LocalRelation>();
        for (var i = 0; i < detected.Count; i++)
        {
            var found = detected[i];
            var id = NamedEventAt(found.Trigger, named, graph, events) ?? AddNode(text, found, graph);
            events.Add(new LocalEvent(id, found.EventType, found.Date, found.PlaceId, found.Participants, found.Evidence) { Floating = floating[i] });
            foreach (var (entityId, role) in found.Participants)
            {
                relations.Add(new LocalRelation(entityId, id, RelationKinds.ParticipantIn, role, Naming(entityId, found.Evidence, spansOf)));
            }

            if (found.PlaceId is { } place)
            {
                relations.Add(new LocalRelation(id, place, RelationKinds.TookPlaceIn, null, Naming(place, found.Evidence, spansOf)));
            }
        }

        return (events, relations);
    }

    /// <summary>
    /// The event the tagger already named where the trigger stands ("the State of the Nation address"), which becomes
    /// the node rather than a second one beside it; null when there is none or it already stands for another event.
    /// </summary>
    private static int? NamedEventAt(TextSpan trigger, IReadOnlyList<Mention> named, GrowingEntityList graph, List<LocalEvent> events)
    {
        // The last mention starting at or before the trigger, and the few before it: names rarely nest deeper.
        int low = 0, high = named.Count - 1, last = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (named[middle].Span.Start <= trigger.Start)
            {
                last = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        for (var m = last; m >= 0 && m > last - 4; m--)
        {
            var entity = named[m].EntityId;
            if (named[m].Span.Contains(trigger) && graph.Entities[entity].Kind == EntityKind.Event && events.All(e => e.EntityId != entity))
            {
                return entity;
            }
        }

        return null;
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
    private static IReadOnlyList<TextSpan> Naming(int entityId, IReadOnlyList<TextSpan> evidence, Dictionary<int, List<TextSpan>> spansOf)
    {
        if (!spansOf.TryGetValue(entityId, out var spans))
        {
            return evidence;
        }

        var naming = evidence.Where(sentence => spans.Any(sentence.Contains)).ToList();
        return naming.Count > 0 ? naming : evidence;
    }
}
