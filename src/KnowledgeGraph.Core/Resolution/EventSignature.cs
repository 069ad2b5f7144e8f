using KnowledgeGraph.Core.Facts;

namespace KnowledgeGraph.Core.Resolution;

/// <summary>
/// What tells one event from another across documents: its type, date, place and participants, in graph ids.
/// </summary>
/// <param name="EventType">One of the documented event types.</param>
/// <param name="Date">When it happened; null when no document said.</param>
/// <param name="PlaceId">Graph id of the place; null when no document said.</param>
/// <param name="Participants">Graph ids of the entities taking part, in any role.</param>
public sealed record EventSignature(string EventType, FactDate? Date, long? PlaceId, IReadOnlySet<long> Participants);
