namespace KnowledgeGraph.Core.Facts;

/// <summary>
/// Something that happened, as one document reports it. The event is also an entity of kind
/// <see cref="EntityKind.Event"/> (its <see cref="EntityId"/>), so it is a node of the graph like any other.
/// </summary>
/// <param name="EntityId">Local id of the event's entity.</param>
/// <param name="EventType">One of the documented event types.</param>
/// <param name="Date">When it happened, as precise as the text says; null when the text does not say.</param>
/// <param name="PlaceId">Local id of the place where it happened; null when the text does not say.</param>
/// <param name="Participants">Who took part and how, each entity once per role.</param>
/// <param name="Evidence">Spans of the sentences that report it, in document order.</param>
public sealed record LocalEvent(
    int EntityId,
    string EventType,
    FactDate? Date,
    int? PlaceId,
    IReadOnlyList<EventRole> Participants,
    IReadOnlyList<TextSpan> Evidence)
{
    /// <summary>
    /// For an article with no date of its own, the event's day as a function of the day it was written (null when the
    /// article has a date, or nothing in it dates the event relative to it).
    /// </summary>
    public FloatingDate? Floating { get; init; }
}
