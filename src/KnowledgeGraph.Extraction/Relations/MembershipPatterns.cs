using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// member_of and affiliated_with. Membership: "X, a member of ORG", "X is a longtime member of the ORG", "NATO
/// member Poland", "X joined ORG". Affiliation: "X of the Labour Party", "Reuters reporter X" (an organization, a
/// job noun, a person); party titles ("Republican senator X") are read with the other titles.
/// </summary>
internal sealed class MembershipPatterns(RelationCues cues, DocumentEntities entities) : ISentencePattern
{
    public void Find(FramedSentence sentence, RelationSink sink)
    {
        foreach (var name in sentence.Names)
        {
            if (name.IsInner)
            {
                continue;
            }

            FindMemberApposition(sentence, name, sink);
            FindMemberNoun(sentence, name, sink);
            FindJoined(sentence, name, sink);
            FindPersonOfBody(sentence, name, sink);
            FindOccupation(sentence, name, sink);
        }
    }

    private bool CanBelong(int id) => entities.IsPerson(id) || entities.IsOrganization(id) || entities.IsCountry(id);

    /// <summary>"X, a member of ORG", "X is a founding member of the ORG", "X, who is a member of ORG".</summary>
    private void FindMemberApposition(FramedSentence sentence, NameFrame member, RelationSink sink)
    {
        if (!CanBelong(member.EntityId) || !sentence.CanBeSubject(member))
        {
            return;
        }

        var view = sentence.View;
        var k = member.Slot.End;
        if (view.IsWord(k, ","))
        {
            k++;
        }

        if (view.IsWord(k, "who"))
        {
            k++;
        }

        for (var n = 0; n < 3 && cues.Auxiliaries.Contains(view.Word(k)) && cues.Auxiliaries.TagOf(view.Word(k)) is null; n++)
        {
            k++;
        }

        if (!view.IsWord(k, "a") && !view.IsWord(k, "an") && !view.IsWord(k, "the"))
        {
            return;
        }

        k++;
        while (cues.Fillers.Contains(view.Word(k)))
        {
            k++;
        }

        if (!view.IsWord(k, "member") || !view.IsWord(k + 1, "of"))
        {
            return;
        }

        // The body may lie inside the member's frame, which takes in the apposition: look for the name itself.
        var bodyStart = view.IsWord(k + 2, "the") ? k + 3 : k + 2;
        if (view.SlotIndexStartingAt(bodyStart) is { } slot && view.Slots[slot] is var body
            && entities.IsOrganization(body.EntityId) && sentence.EndsObject(body.End))
        {
            sink.Add(member.EntityId, body.EntityId, RelationKinds.MemberOf, null, sentence.Index);
        }
    }

    /// <summary>"NATO member Poland", "EU member state Hungary", "union member Ana Ruiz".</summary>
    private void FindMemberNoun(FramedSentence sentence, NameFrame body, RelationSink sink)
    {
        if (!entities.IsOrganization(body.EntityId))
        {
            return;
        }

        var noun = cues.MemberNouns.MatchAt(sentence.View, body.Slot.End);
        if (noun.Success && sentence.View.SlotIndexStartingAt(body.Slot.End + noun.Length) is { } slot
            && sentence.View.Slots[slot].EntityId is var member && CanBelong(member))
        {
            sink.Add(member, body.EntityId, RelationKinds.MemberOf, null, sentence.Index);
        }
    }

    /// <summary>"X joined ORG", "X has joined the ORG"; not a plan ("will join").</summary>
    private void FindJoined(FramedSentence sentence, NameFrame member, RelationSink sink)
    {
        if (!CanBelong(member.EntityId) || !sentence.CanBeSubject(member)
            || sentence.ReadPredicate(member.RightEdge, cues.JoinVerbs) is not { Future: false } verb)
        {
            return;
        }

        if (sentence.NameAt(verb.End) is { } body && entities.IsOrganization(body.EntityId) && sentence.EndsObject(body.RightEdge))
        {
            sink.Add(member.EntityId, body.EntityId, RelationKinds.MemberOf, null, sentence.Index);
        }
    }

    /// <summary>"Ana Ruiz of the Labour Party said", "Ruiz of Havenbond": a person named with the body they are from.</summary>
    private void FindPersonOfBody(FramedSentence sentence, NameFrame person, RelationSink sink)
    {
        var of = person.Slot.End;
        if (!entities.IsPerson(person.EntityId) || person.RightEdge != of || !sentence.View.IsWord(of, "of"))
        {
            return;
        }

        if (sentence.NameAt(of + 1) is { } body && entities.IsOrganization(body.EntityId) && sentence.EndsObject(body.RightEdge))
        {
            sink.Add(person.EntityId, body.EntityId, RelationKinds.AffiliatedWith, null, sentence.Index);
        }
    }

    /// <summary>"Havenbond engineer Ana Ruiz", "Associated Press writers X": an organization, a job noun, a person.</summary>
    private void FindOccupation(FramedSentence sentence, NameFrame person, RelationSink sink)
    {
        var job = person.Slot.First - 1;
        var view = sentence.View;
        if (!entities.IsPerson(person.EntityId) || person.LeftEdge != person.Slot.First || !cues.Occupations.Contains(view.Word(job)))
        {
            return;
        }

        if (view.SlotIndexEndingAt(job) is { } slot && view.Slots[slot].EntityId is var body && entities.CanHoldOffice(body))
        {
            sink.Add(person.EntityId, body, RelationKinds.AffiliatedWith, null, sentence.Index);
        }
    }
}
