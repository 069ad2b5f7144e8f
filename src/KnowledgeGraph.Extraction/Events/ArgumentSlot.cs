namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// Where an entity stands relative to a trigger. Each event type turns slots into roles (<see cref="EventTypeProfile"/>):
/// the object of "attacked" is a target, the object of "met" a participant.
/// </summary>
internal enum ArgumentSlot
{
    /// <summary>Introduced by a preposition that makes no participant ("from", "about").</summary>
    None,

    /// <summary>The subject of an active verb trigger, or the agent after "by".</summary>
    Subject,

    /// <summary>The direct object of a verb trigger, or the subject of a passive one.</summary>
    Object,

    /// <summary>After "by": the subject of a passive verb or the doer of a noun ("a visit by Ruiz").</summary>
    By,

    /// <summary>After "of" or as a possessive: "the visit of Ruiz", "Ruiz's arrest".</summary>
    Of,

    /// <summary>After "with", "between", "among": a party on an equal footing.</summary>
    With,

    /// <summary>After "to": a destination, a recipient or an audience.</summary>
    To,

    /// <summary>After "on" or "against": what is attacked, sanctioned or protested.</summary>
    Against,

    /// <summary>After "from": the source of a statement ("a statement from the ministry").</summary>
    From,

    /// <summary>After "in" or "at": where it happened.</summary>
    InAt,

    /// <summary>A name right before a noun trigger: "a U.S. strike", "the Chile earthquake".</summary>
    Premodifier,

    /// <summary>The subject of a clause whose opening adjunct holds the trigger: "During the talks, Ruiz said".</summary>
    Present,
}
