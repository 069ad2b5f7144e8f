using KnowledgeGraph.Core.Facts;

namespace KnowledgeGraph.Core.Resolution;

/// <summary>A document's report of an event, in graph ids, with what the event looks like after joining it.</summary>
/// <param name="EntityId">Graph id of the event's entity.</param>
/// <param name="Signature">The event after this report joined it: what the store writes to <c>events</c>.</param>
/// <param name="Participants">This report's participants with their roles, in graph ids.</param>
public sealed record ResolvedEvent(long EntityId, EventSignature Signature, IReadOnlyList<(long EntityId, string Role)> Participants)
{
    /// <summary>This report's date as a function of its undated article's day of writing; see <see cref="LocalEvent.Floating"/>.</summary>
    public FloatingDate? Floating { get; init; }
}
