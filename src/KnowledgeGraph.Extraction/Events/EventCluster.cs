using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Core.Resolution;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// The occurrences of one document that report the same happening, and what they say together: every participant
/// (each entity with the first role it was given), the most precise date, the first place (or a narrower one inside it)
/// and every sentence that reports it.
/// </summary>
internal sealed class EventCluster
{
    private readonly List<EventRole> _participants = [];
    private readonly List<int> _sentences = [];

    public EventCluster(EventOccurrence first, PlaceContainment places)
    {
        First = first;
        Type = first.Type;
        Add(first, places);
    }

    public EventOccurrence First { get; }

    public string Type { get; }

    public IReadOnlyList<EventRole> Participants => _participants;

    public FactDate? Date { get; private set; }

    public int? PlaceId { get; private set; }

    /// <summary>Sentence indexes, ascending, each once.</summary>
    public IReadOnlyList<int> Sentences => _sentences;

    public int LastSentence => _sentences[^1];

    public bool Shares(EventOccurrence occurrence) =>
        occurrence.Participants.Any(p => _participants.Exists(q => q.EntityId == p.EntityId));

    public void Add(EventOccurrence occurrence, PlaceContainment places)
    {
        foreach (var participant in occurrence.Participants)
        {
            if (!_participants.Exists(p => p.EntityId == participant.EntityId) && participant.EntityId != PlaceId)
            {
                _participants.Add(participant);
            }
        }

        Date = EventMatch.MorePrecise(Date, occurrence.Date);

        if (occurrence.PlaceId is { } place && !_participants.Exists(p => p.EntityId == place)
            && (PlaceId is not { } current || places.Narrows(current, place)))
        {
            PlaceId = place;
        }

        if (_sentences.Count == 0 || _sentences[^1] != occurrence.Sentence)
        {
            _sentences.Add(occurrence.Sentence);
        }
    }
}
