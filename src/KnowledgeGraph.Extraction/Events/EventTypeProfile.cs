using R = KnowledgeGraph.Extraction.Events.EventRoleNames;
using T = KnowledgeGraph.Extraction.Events.EventTypes;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// How one event type turns where an entity stands (<see cref="ArgumentSlot"/>) into a role, and which places count as
/// where it happened. The same sentence shape means different things per type: the object of "attacked" is a target,
/// of "met" a participant; "to Chile" after "visit" is where it happened, after "extradited" who received the suspect.
/// The README's Events table documents it.
/// </summary>
/// <param name="Subject">Subject of an active verb, a name before a noun ("a U.S. strike"), "by".</param>
/// <param name="Object">Object of a verb, subject of a passive one.</param>
/// <param name="Of">After "of", and possessives ("Ruiz's visit", "Berg's arrest").</param>
/// <param name="To">A person, organization or country after "to"; null when "to" makes no participant.</param>
/// <param name="Against">After "on" or "against"; null when they make no participant ("talks on trade").</param>
/// <param name="Present">The subject of a clause whose opening adjunct holds the trigger; null when being there is not taking part.</param>
/// <param name="ToIsDestination">"to" followed by a place says where it happened (visits, deployments).</param>
/// <param name="CountryBeforeIsPlace">A country right before the noun is the place ("the Chile earthquake"), not an actor.</param>
/// <param name="CountryObjectIsPlace">A country as the verb's object is the place ("visited Chile"), not a participant.</param>
/// <param name="PlaceIsEvidence">A place alone is enough to report it (nobody acts in a disaster).</param>
/// <param name="NeedsPartyObject">The verb's object must be someone: "met Berg" is a meeting, "met the deadline" is not.</param>
/// <param name="From">Role of who comes after "from" ("a statement from the ministry"); null when "from" makes no participant.</param>
/// <param name="NeedsParticipant">
/// Only a named participant shows it is one happening: "killing three people" dated Monday is a casualty count, "the
/// death of Ana Ruiz" an event.
/// </param>
/// <param name="OrganizationBeforeNamesIt">
/// An organization right before the noun names the thing itself, not a party: "the USMCA trade agreement".
/// </param>
internal sealed record EventTypeProfile(
    string Subject,
    string Object,
    string Of,
    string? To,
    string? Against,
    string? Present,
    bool ToIsDestination = false,
    bool CountryBeforeIsPlace = false,
    bool CountryObjectIsPlace = false,
    bool PlaceIsEvidence = false,
    bool NeedsPartyObject = false,
    string? From = null,
    bool NeedsParticipant = false,
    bool OrganizationBeforeNamesIt = false)
{
    private static readonly EventTypeProfile Speaking = new(R.Agent, R.Target, R.Agent, R.Target, null, R.Agent, From: R.Agent);
    private static readonly EventTypeProfile Symmetric = new(R.Participant, R.Participant, R.Participant, null, null, R.Participant);
    private static readonly EventTypeProfile Coercion = new(R.Agent, R.Target, R.Target, null, null, null);

    /// <summary>The profile of <paramref name="type"/>, one of <see cref="EventTypes"/>.</summary>
    public static EventTypeProfile For(string type) => type switch
    {
        T.Statement or T.Announcement or T.Speech or T.Appeal => Speaking,
        T.IntentToCooperate => Symmetric,
        T.Agreement => Symmetric with { OrganizationBeforeNamesIt = true },
        T.Meeting or T.Talks => Symmetric with { NeedsPartyObject = true },
        T.Visit => new(R.Guest, R.Host, R.Guest, R.Host, null, R.Host, ToIsDestination: true, CountryBeforeIsPlace: true, CountryObjectIsPlace: true),
        T.Election => Symmetric with { CountryBeforeIsPlace = true },
        T.Protest => new(R.Agent, R.Target, R.Agent, null, R.Target, null, CountryBeforeIsPlace: true),
        T.Deployment => new(R.Agent, R.Participant, R.Participant, null, R.Target, null, ToIsDestination: true),
        T.Sanctions => new(R.Agent, R.Target, R.Agent, null, R.Target, null),
        T.Arrest => Coercion,
        T.Extradition => Coercion with { To = R.Participant },
        T.Attack => new(R.Agent, R.Target, R.Agent, null, R.Target, null),
        T.Disaster => new(R.Target, R.Target, R.Target, null, null, null, CountryBeforeIsPlace: true, CountryObjectIsPlace: true, PlaceIsEvidence: true),
        T.Death => new(R.Target, R.Target, R.Target, null, null, null, NeedsParticipant: true),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a documented event type."),
    };
}
