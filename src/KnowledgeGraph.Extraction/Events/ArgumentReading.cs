using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// One occurrence being read, with the sentence around it and the rules that turn where an entity stands into its
/// role or into the place.
/// </summary>
internal sealed class ArgumentReading(
    EventTokenView view,
    EventOccurrence occurrence,
    EventTypeProfile profile,
    SentenceTriggers triggers,
    int first,
    int end)
{
    /// <summary>How far from its trigger a reading looks: a phrase longer than this is not one the rules can read.</summary>
    public const int Reach = 60;

    public EventOccurrence Occurrence { get; } = occurrence;

    public EventTypeProfile Profile { get; } = profile;

    /// <summary>The first token the reading may look at: the sentence's, or <see cref="Reach"/> before the trigger.</summary>
    public int First { get; } = Math.Max(first, occurrence.First - Reach);

    /// <summary>The token after the last one the reading may look at.</summary>
    public int End { get; } = Math.Min(end, occurrence.End + Reach);

    /// <summary>The trigger sits in an adjunct opening the sentence; see <see cref="ArgumentFinder"/>.</summary>
    public bool InFrontedAdjunct { get; init; }

    /// <summary>Another trigger of the sentence that starts at <paramref name="token"/>, whose phrase is its own.</summary>
    public EventOccurrence? OtherTriggerStartingAt(int token) =>
        triggers.Covering(token) is { } other && other != Occurrence && other.First == token ? other : null;

    /// <summary>Whether <paramref name="token"/> belongs to another trigger of the sentence.</summary>
    public bool OtherTriggerCovers(int token) => triggers.Covering(token) is { } other && other != Occurrence;

    /// <summary>
    /// Gives the entity its role, or makes it the place: any place other than a country is only ever where it
    /// happened, and a country is where it happened after "in", "at", a destination "to", or where the type says
    /// so. A slot the type gives no role to ("from" for a meeting) adds nothing.
    /// </summary>
    public void Assign(int entityId, ArgumentSlot slot)
    {
        var standing = view.Standing(entityId);
        if (standing == EntityStanding.Bystander)
        {
            return;
        }

        var locative = slot == ArgumentSlot.InAt || (slot == ArgumentSlot.To && Profile.ToIsDestination);
        if (standing == EntityStanding.Place)
        {
            var where = locative || slot == ArgumentSlot.Premodifier || slot == ArgumentSlot.Object
                || (slot == ArgumentSlot.Against && Profile.Against is not null);
            if (where)
            {
                SetPlace(entityId);
            }

            return;
        }

        if (slot == ArgumentSlot.Premodifier && Profile.OrganizationBeforeNamesIt
            && view.Entities[entityId].Kind == EntityKind.Organization)
        {
            return;
        }

        if (standing == EntityStanding.Country
            && (locative
                || (slot == ArgumentSlot.Premodifier && Profile.CountryBeforeIsPlace)
                || (slot == ArgumentSlot.Object && Profile.CountryObjectIsPlace)))
        {
            SetPlace(entityId);
            return;
        }

        if (RoleOf(slot) is not { } role)
        {
            return;
        }

        Occurrence.AddParticipant(entityId, role);
    }

    private void SetPlace(int entityId)
    {
        if (Occurrence.PlaceId is null && !Occurrence.HasParticipant(entityId))
        {
            Occurrence.PlaceId = entityId;
        }
    }

    private string? RoleOf(ArgumentSlot slot) => slot switch
    {
        ArgumentSlot.Subject or ArgumentSlot.By when Occurrence.IsVerb => Occurrence.Row.SubjectRole ?? Profile.Subject,
        ArgumentSlot.Object when Occurrence.IsVerb => Occurrence.Row.ObjectRole ?? Profile.Object,
        ArgumentSlot.Subject or ArgumentSlot.By or ArgumentSlot.Premodifier => Profile.Subject,
        ArgumentSlot.Object => Profile.Object,
        ArgumentSlot.Of => Profile.Of,
        ArgumentSlot.With => EventRoleNames.Participant,
        ArgumentSlot.To => Profile.To,
        ArgumentSlot.Against => Profile.Against,
        ArgumentSlot.Present => Profile.Present,
        ArgumentSlot.From => Profile.From,
        _ => null,
    };
}
