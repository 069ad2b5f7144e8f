using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Facts;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// One happening as a single document reports it, however many times the document mentions it. It becomes an event
/// node once the graph builder gives it an entity id and merges it with the same happening in other documents.
/// </summary>
/// <param name="EventType">One of <see cref="EventTypes"/>.</param>
/// <param name="Name">
/// A short label for the node built from the type, the principal participants and the place ("Meeting of Ana Ruiz and
/// Tomas Berg", "Visit of Ana Ruiz to Chile"); never a date, so that the same happening gets the same label whenever it
/// is reported.
/// </param>
/// <param name="Trigger">The word or words of the first report ("met", "summit", "air strike").</param>
/// <param name="Date">When it happened, as precise as the text says; null when no sentence reporting it says.</param>
/// <param name="PlaceId">Local id of the place entity where it happened; null when the text does not say.</param>
/// <param name="Participants">Who took part and how, each entity once, in order of first report.</param>
/// <param name="Evidence">Spans of the sentences that report it, in document order.</param>
public sealed record DetectedEvent(
    string EventType,
    string Name,
    TextSpan Trigger,
    FactDate? Date,
    int? PlaceId,
    IReadOnlyList<EventRole> Participants,
    IReadOnlyList<TextSpan> Evidence);
