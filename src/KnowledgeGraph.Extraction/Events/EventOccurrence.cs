using KnowledgeGraph.Core.Facts;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// One trigger in one sentence and what the sentence says about it: the raw material that coreference folds into
/// <see cref="DetectedEvent"/>s. Filled in stage by stage (trigger, participants, date), hence mutable; it never leaves
/// the extractor.
/// </summary>
internal sealed class EventOccurrence(int sentence, int first, int end, EventTrigger row, string type, bool isVerb)
{
    private readonly List<EventRole> _participants = [];

    public int Sentence { get; } = sentence;

    /// <summary>First token of the trigger.</summary>
    public int First { get; } = first;

    /// <summary>Token after the trigger.</summary>
    public int End { get; } = end;

    /// <summary>
    /// Where the reading of objects starts: after the trigger, or after the verb that carries a noun trigger ("An
    /// earthquake struck Peru": the objects of "struck" belong to the earthquake).
    /// </summary>
    public int ObjectsFrom { get; set; } = end;

    /// <summary>
    /// The token after the phrase the trigger heads, as far as its participants were read: a date inside it ("met Berg
    /// in Lisbon on Monday", "a statement from the ministry on Monday") belongs to this trigger before any other.
    /// </summary>
    public int PhraseEnd { get; set; } = end;

    /// <summary>True when objects are read after a verb: the trigger's own or the one it carries.</summary>
    public bool ReadsObjects { get; set; } = isVerb;

    public EventTrigger Row { get; } = row;

    public string Type { get; set; } = type;

    public bool IsVerb { get; } = isVerb;

    /// <summary>A noun after "the", "their" and the like: it may repeat an event told before without saying more.</summary>
    public bool IsAnaphoric { get; set; }

    public IReadOnlyList<EventRole> Participants => _participants;

    public int? PlaceId { get; set; }

    public FactDate? Date { get; set; }

    /// <summary>Tokens between the trigger and its date, to keep the nearest when several dates compete.</summary>
    public int DateDistance { get; set; } = int.MaxValue;

    /// <summary>Adds a participant unless the entity already takes part: the first role the sentence gives wins.</summary>
    public void AddParticipant(int entityId, string role)
    {
        if (!_participants.Exists(p => p.EntityId == entityId) && PlaceId != entityId)
        {
            _participants.Add(new EventRole(entityId, role));
        }
    }

    public bool HasParticipant(int entityId) => _participants.Exists(p => p.EntityId == entityId);
}
