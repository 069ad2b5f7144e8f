using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// visited, from a person or organization to a place: "A visited P", "A will visit P", "A traveled to P", "A arrived
/// in the city of P", "A is due in P", "A’s visit to P", with places joined by "and". A visit the text announces
/// ("will visit", "is scheduled to visit", "is due in", "A’s upcoming trip to P") is labelled "scheduled"; one it
/// reports has no label. The place must follow the verb directly and stand whole, so "the Lima meeting" is no visit.
/// </summary>
internal sealed class VisitPatterns(RelationCues cues, DocumentEntities entities) : ISentencePattern
{
    public void Find(FramedSentence sentence, RelationSink sink)
    {
        foreach (var name in sentence.Names)
        {
            if (name.IsInner || !entities.CanTravel(name.EntityId))
            {
                continue;
            }

            FindVisitVerb(sentence, name, sink);
            FindPossessiveVisit(sentence, name, sink);
        }
    }

    private void FindVisitVerb(FramedSentence sentence, NameFrame traveller, RelationSink sink)
    {
        if (!sentence.CanBeSubject(traveller) || sentence.ReadPredicate(traveller.RightEdge, cues.VisitVerbs) is not { } verb)
        {
            return;
        }

        if (PlaceAt(sentence, verb.End) is not { } place)
        {
            return;
        }

        var label = verb.Future ? MeetingPatterns.Scheduled : null;
        foreach (var subject in sentence.WithCoordinatedSubject(traveller, entities.CanTravel))
        {
            foreach (var visited in sentence.WithCoordinatedObjects(place, entities.IsPlace))
            {
                sink.Add(subject.EntityId, visited.EntityId, RelationKinds.Visited, label, sentence.Index);
            }
        }
    }

    /// <summary>"A’s visit to P", "A’s upcoming trip to P" (scheduled).</summary>
    private void FindPossessiveVisit(FramedSentence sentence, NameFrame traveller, RelationSink sink)
    {
        var view = sentence.View;
        if (traveller.RightEdge != traveller.Slot.End || !view.IsPossessive(traveller.Slot.End))
        {
            return;
        }

        var noun = cues.VisitNouns.MatchAt(view, traveller.Slot.End + 1);
        var to = traveller.Slot.End + 1 + noun.Length;
        if (!noun.Success || !view.IsWord(to, "to") || PlaceAt(sentence, to + 1, subjectPhrase: true) is not { } place)
        {
            return;
        }

        foreach (var visited in sentence.WithCoordinatedObjects(place, entities.IsPlace))
        {
            sink.Add(traveller.EntityId, visited.EntityId, RelationKinds.Visited, noun.Tagged ? MeetingPatterns.Scheduled : null, sentence.Index);
        }
    }

    /// <summary>
    /// The place named at <paramref name="token"/>, past "the city of", when it stands whole; at the end of a noun
    /// phrase that may be a subject (<paramref name="subjectPhrase"/>), a verb may follow it.
    /// </summary>
    private NameFrame? PlaceAt(FramedSentence sentence, int token, bool subjectPhrase = false)
    {
        var view = sentence.View;
        var k = view.IsWord(token, "the") && cues.PlaceNouns.MatchAt(view, token + 1) is { Success: true } afterThe
            && view.IsWord(token + 1 + afterThe.Length, "of")
            ? token + 2 + afterThe.Length
            : cues.PlaceNouns.MatchAt(view, token) is { Success: true } noun && view.IsWord(token + noun.Length, "of")
                ? token + noun.Length + 1
                : token;
        return sentence.NameAt(k) is { } place && entities.IsPlace(place.EntityId)
            && (subjectPhrase ? sentence.EndsSubjectPhrase(place.RightEdge) : sentence.EndsObject(place.RightEdge))
            ? place
            : null;
    }
}
