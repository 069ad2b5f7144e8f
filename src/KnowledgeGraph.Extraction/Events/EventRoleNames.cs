namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// The roles stored in <c>event_participants.role</c>. Few on purpose: the text rarely says more than who acted, on whom,
/// and who hosted whom, and a small set keeps queries over many event types simple.
/// </summary>
public static class EventRoleNames
{
    /// <summary>Who did it: the speaker, the attacker, the authority that arrested or imposed.</summary>
    public const string Agent = "agent";

    /// <summary>Whom it was done to: the one attacked, sanctioned, arrested, extradited, appealed to, or who died.</summary>
    public const string Target = "target";

    /// <summary>A party on an equal footing: both sides of a meeting, talks or an agreement; deployed forces.</summary>
    public const string Participant = "participant";

    /// <summary>Who received the other side of a meeting or visit.</summary>
    public const string Host = "host";

    /// <summary>Who travelled: the visitor, or the side a host received.</summary>
    public const string Guest = "guest";

    /// <summary>Every role.</summary>
    public static IReadOnlyList<string> All { get; } = [Agent, Target, Participant, Host, Guest];
}
