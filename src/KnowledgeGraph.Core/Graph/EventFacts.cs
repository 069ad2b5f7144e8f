using KnowledgeGraph.Core.Facts;

namespace KnowledgeGraph.Core.Graph;

/// <summary>
/// What the <c>events</c> table knows about an event node, carried on the node so that exports can show when an
/// event happened and of what type it is without a second look-up. Every part may be missing: the text may give
/// neither a type, nor a date, nor a place.
/// </summary>
/// <param name="EventType">The event type (<c>events.event_type</c>, e.g. "meeting"), or null.</param>
/// <param name="Date">The date with the precision the text states (a day, a month or a year), or null.</param>
/// <param name="DateBasis">
/// How the date was found (<c>events.date_basis</c>): "text" when an article states it, "inferred" when it was worked
/// out from the dates of other articles; null when there is no date.
/// </param>
/// <param name="PlaceId">The <c>entities.id</c> of the place where it happened, or null.</param>
public sealed record EventFacts(string? EventType, FactDate? Date, string? DateBasis, long? PlaceId)
{
    /// <summary>The date as ISO 8601 with only its stated part ("2025-09-03", "2025-09", "2025"), or null.</summary>
    public string? DateText => Date?.ToIso();

    /// <summary>"day", "month" or "year", or null when there is no date.</summary>
    public string? DatePrecision => Date?.PrecisionName;
}
