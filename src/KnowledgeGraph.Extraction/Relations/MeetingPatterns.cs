using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// met_with between people, organizations and countries (never towns): "A met (with) B", "A held talks with B",
/// "A hosted B", "A and B met", "A’s meeting with B", "talks between A and B", "After meeting B, A …" and "A spoke
/// after meeting with B". Only the words between the two frames decide, so "Ruiz criticised Okafor" or "Ruiz did not
/// meet Okafor" link nothing. A meeting still to come ("will meet") is labelled "scheduled".
/// </summary>
internal sealed class MeetingPatterns(RelationCues cues, DocumentEntities entities) : ISentencePattern
{
    /// <summary>Label of a meeting the text announces rather than reports.</summary>
    public const string Scheduled = "scheduled";

    /// <summary>Words a subject may do before "after meeting B" ("Ruiz spoke after meeting Okafor").</summary>
    private const int MostWordsBeforeAfter = 3;

    public void Find(FramedSentence sentence, RelationSink sink)
    {
        foreach (var name in sentence.Names)
        {
            if (name.IsInner || !entities.CanMeet(name.EntityId))
            {
                continue;
            }

            FindMetObject(sentence, name, sink);
            FindMetTogether(sentence, name, sink);
            FindPossessiveMeeting(sentence, name, sink);
            FindMeetingBetween(sentence, name, sink);
            FindAfterMeeting(sentence, name, sink);
        }
    }

    /// <summary>"A met (with) B", "A will hold talks with B", "A hosted B and C", "A met on Tuesday with B".</summary>
    private void FindMetObject(FramedSentence sentence, NameFrame subject, RelationSink sink)
    {
        if (!sentence.CanBeSubject(subject) || sentence.ReadPredicate(subject.RightEdge, cues.MeetVerbs) is not { } verb)
        {
            return;
        }

        var k = SkipAdverbials(sentence.View, verb.End);
        if (sentence.View.IsWord(k, "with"))
        {
            k++;
        }

        if (sentence.NameAt(k) is not { } met || !entities.CanMeet(met.EntityId) || !sentence.EndsObject(met.RightEdge))
        {
            return;
        }

        var label = verb.Future ? Scheduled : null;
        foreach (var a in sentence.WithCoordinatedSubject(subject, entities.CanMeet))
        {
            foreach (var b in sentence.WithCoordinatedObjects(met, entities.CanMeet))
            {
                sink.Add(a.EntityId, b.EntityId, RelationKinds.MetWith, label, sentence.Index);
            }
        }
    }

    /// <summary>"A and B met on Tuesday", "A and B will hold talks": no object after the verb.</summary>
    private void FindMetTogether(FramedSentence sentence, NameFrame first, RelationSink sink)
    {
        var view = sentence.View;
        if (!sentence.CanBeSubject(first) || !view.IsWord(first.RightEdge, "and")
            || sentence.NameAt(first.RightEdge + 1) is not { } second || !entities.CanMeet(second.EntityId)
            || sentence.ReadPredicate(second.RightEdge, cues.MeetIntransitives) is not { } verb)
        {
            return;
        }

        var k = SkipAdverbials(view, verb.End);
        if (k == verb.End && k < view.End && !view.IsPunctuation(k) && !cues.ObjectFollowers.Contains(view.Word(k)))
        {
            return; // "A and B met reporters": they met someone else, not each other
        }

        if (view.IsWord(k, "with") || sentence.NameAt(k) is not null)
        {
            return;
        }

        sink.Add(first.EntityId, second.EntityId, RelationKinds.MetWith, verb.Future ? Scheduled : null, sentence.Index);
    }

    /// <summary>"A’s meeting with B", "A’s talks with B".</summary>
    private void FindPossessiveMeeting(FramedSentence sentence, NameFrame owner, RelationSink sink)
    {
        var view = sentence.View;
        if (owner.RightEdge != owner.Slot.End || !view.IsPossessive(owner.Slot.End))
        {
            return;
        }

        var noun = cues.MeetNouns.MatchAt(view, owner.Slot.End + 1);
        var with = owner.Slot.End + 1 + noun.Length;
        if (noun.Success && view.IsWord(with, "with") && sentence.NameAt(with + 1) is { } met
            && entities.CanMeet(met.EntityId) && sentence.EndsSubjectPhrase(met.RightEdge))
        {
            sink.Add(owner.EntityId, met.EntityId, RelationKinds.MetWith, null, sentence.Index);
        }
    }

    /// <summary>"talks between A and B", "a joint press conference between A and B".</summary>
    private void FindMeetingBetween(FramedSentence sentence, NameFrame first, RelationSink sink)
    {
        var view = sentence.View;
        var between = first.LeftEdge - 1;
        if (!view.IsWord(between, "between") || cues.MeetNouns.StartOfPhraseEndingAt(view, between) < 0
            || !view.IsWord(first.RightEdge, "and") || sentence.NameAt(first.RightEdge + 1) is not { } second
            || !entities.CanMeet(second.EntityId) || !sentence.EndsSubjectPhrase(second.RightEdge))
        {
            return;
        }

        sink.Add(first.EntityId, second.EntityId, RelationKinds.MetWith, null, sentence.Index);
    }

    /// <summary>
    /// "After meeting B, A said …" (the subject right after the comma) and "A spoke after meeting with B" (the
    /// sentence's first name as subject, a few lower-case words before "after", no other name between).
    /// </summary>
    private void FindAfterMeeting(FramedSentence sentence, NameFrame met, RelationSink sink)
    {
        var view = sentence.View;
        var verbStart = cues.MeetVerbs.StartOfPhraseEndingAt(view, met.LeftEdge);
        if (verbStart < 0 || !cues.MeetAfter.Contains(view.Word(verbStart - 1)) || !sentence.EndsObject(met.RightEdge))
        {
            return;
        }

        var after = verbStart - 1;
        if (IsClauseStart(view, after))
        {
            var k = met.RightEdge;
            if (view.IsWord(k, ","))
            {
                k++;
            }
            else if (!view.IsWord(k - 1, ","))
            {
                return;
            }

            if (sentence.NameAt(k) is { } subject && entities.CanMeet(subject.EntityId))
            {
                sink.Add(subject.EntityId, met.EntityId, RelationKinds.MetWith, null, sentence.Index);
            }

            return;
        }

        var first = sentence.Names.FirstOrDefault(n => !n.IsInner);
        if (first is null || first == met || !entities.CanMeet(first.EntityId) || !sentence.CanBeSubject(first)
            || first.RightEdge > after || after - first.RightEdge > MostWordsBeforeAfter)
        {
            return;
        }

        for (var k = first.RightEdge; k < after; k++)
        {
            var word = view.Word(k);
            if (word.Length == 0 || !word.All(char.IsLower) || sentence.NameAt(k) is not null)
            {
                return;
            }
        }

        sink.Add(first.EntityId, met.EntityId, RelationKinds.MetWith, null, sentence.Index);
    }

    /// <summary>True when nothing but punctuation stands before <paramref name="token"/> in its clause.</summary>
    private static bool IsClauseStart(SentenceView view, int token)
    {
        if (view.IsWord(token - 1, ","))
        {
            return true;
        }

        for (var k = view.First; k < token; k++)
        {
            if (!view.IsPunctuation(k))
            {
                return false;
            }
        }

        return true;
    }

    private int SkipAdverbials(SentenceView view, int token)
    {
        var k = token;
        for (var n = 0; n < 3 && (cues.Adverbials.Contains(view.Word(k)) || cues.Weekdays.Contains(view.Word(k))); n++)
        {
            k++;
        }

        return k;
    }
}
