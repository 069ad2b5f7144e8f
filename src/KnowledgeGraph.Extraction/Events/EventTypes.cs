namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// The event types stored in <c>events.event_type</c>, modelled on the root codes of CAMEO (the Conflict and Mediation
/// Event Observations codebook that GDELT uses) so that our events line up with that vocabulary, plus three types CAMEO
/// leaves out because news graphs need them (election, disaster, death). Users filter on these strings, so they never
/// change. The README's Events table lists each type's triggers and roles.
/// </summary>
public static class EventTypes
{
    /// <summary>CAMEO 01, make public statement: a statement or press conference.</summary>
    public const string Statement = "statement";

    /// <summary>CAMEO 01, make public statement (010): something made known ("announced").</summary>
    public const string Announcement = "announcement";

    /// <summary>CAMEO 01, make public statement: a speech or address.</summary>
    public const string Speech = "speech";

    /// <summary>CAMEO 02, appeal: a call on someone to act ("urged", "called on").</summary>
    public const string Appeal = "appeal";

    /// <summary>CAMEO 03, express intent to cooperate: a pledge or a reaffirmed commitment.</summary>
    public const string IntentToCooperate = "intent_to_cooperate";

    /// <summary>CAMEO 04, consult: a meeting or summit (043/044 host, meet at a third location).</summary>
    public const string Meeting = "meeting";

    /// <summary>CAMEO 04, consult (042/043 make or host a visit): someone travels to a place.</summary>
    public const string Visit = "visit";

    /// <summary>CAMEO 04, consult (046 engage in negotiation): talks or negotiations. Same family as <see cref="Meeting"/>.</summary>
    public const string Talks = "talks";

    /// <summary>CAMEO 05, engage in diplomatic cooperation (057 sign formal agreement): a deal, accord, pact or treaty.</summary>
    public const string Agreement = "agreement";

    /// <summary>Not in CAMEO (it codes interactions between actors, not votes): an election or referendum.</summary>
    public const string Election = "election";

    /// <summary>CAMEO 14, protest: a demonstration, or a labour strike.</summary>
    public const string Protest = "protest";

    /// <summary>CAMEO 15, exhibit force posture: troops or warships deployed.</summary>
    public const string Deployment = "deployment";

    /// <summary>CAMEO 16, reduce relations (163 impose embargo, boycott or sanctions): sanctions, tariffs, levies.</summary>
    public const string Sanctions = "sanctions";

    /// <summary>CAMEO 17, coerce (173 arrest, detain): an arrest or detention.</summary>
    public const string Arrest = "arrest";

    /// <summary>CAMEO 17, coerce: an extradition or handover of suspects.</summary>
    public const string Extradition = "extradition";

    /// <summary>CAMEO 18 assault and 19 fight: a military strike, bombing, raid or attack.</summary>
    public const string Attack = "attack";

    /// <summary>Not in CAMEO (nobody acts): an earthquake, flood, hurricane, wildfire and the like.</summary>
    public const string Disaster = "disaster";

    /// <summary>Not in CAMEO as such (it codes the violence, not the loss): a death or killing.</summary>
    public const string Death = "death";

    /// <summary>Every type, in the order of the documentation.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Statement, Announcement, Speech, Appeal, IntentToCooperate, Meeting, Talks, Visit, Agreement, Election,
        Protest, Deployment, Sanctions, Arrest, Extradition, Attack, Disaster, Death,
    ];

    /// <summary>True when <paramref name="type"/> is one of the documented types.</summary>
    public static bool IsKnown(string type) => All.Contains(type, StringComparer.Ordinal);

    /// <summary>
    /// Whether two types can name the same happening. A meeting is often reported later as "the talks", so meeting and
    /// talks form one family; every other type is its own family. Merging events across documents should use this too.
    /// </summary>
    public static bool AreSameFamily(string first, string second) =>
        string.Equals(FamilyOf(first), FamilyOf(second), StringComparison.Ordinal);

    /// <summary>The readable word a name starts with when no noun of the text gives a better one ("Meeting").</summary>
    public static string Label(string type) => type switch
    {
        IntentToCooperate => "Pledge of cooperation",
        _ => string.Concat(type[..1].ToUpperInvariant(), type[1..]),
    };

    /// <summary>The family a type belongs to, named by its main type: <see cref="Meeting"/> for talks.</summary>
    public static string FamilyOf(string type) => type == Talks ? Meeting : type;
}
