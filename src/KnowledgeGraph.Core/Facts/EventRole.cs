namespace KnowledgeGraph.Core.Facts;

/// <summary>An entity taking part in an event, and how ("agent", "target", "participant", ...).</summary>
/// <param name="EntityId">Local id of the participant.</param>
/// <param name="Role">One of the roles documented with the event types.</param>
public readonly record struct EventRole(int EntityId, string Role);
