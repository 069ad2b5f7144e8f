using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Gazetteers;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// Finds who "he", "she", "his", "her", "their" and "its" stand for, as far as a trigger needs it: the subject of the
/// pronoun's own clause, else the nearest person before it in the sentence, else the one person the sentence before
/// names. Two people in that sentence leave the pronoun unresolved rather than guessed.
/// </summary>
internal sealed class PronounResolver(EventTokenView view, Gazetteer gazetteer, PhraseShapes shapes)
{
    /// <summary>
    /// "he" or "she" stands for the nearest person named before it in the sentence, or else for the one person the
    /// previous sentence names; null when neither exists or the previous sentence names several.
    /// </summary>
    public int? ResolvePerson(int sentence, int before)
    {
        var from = Math.Max(view.SentenceFirst(sentence), before - ArgumentReading.Reach);
        for (var k = before - 1; k >= from; k--)
        {
            if (view.MentionAt(k) >= 0 && IsPerson(view.EntityOf(view.MentionAt(k))))
            {
                return view.EntityOf(view.MentionAt(k));
            }
        }

        if (sentence == 0)
        {
            return null;
        }

        int? only = null;
        var previousEnd = view.SentenceEnd(sentence - 1);
        for (var k = Math.Max(view.SentenceFirst(sentence - 1), previousEnd - (2 * ArgumentReading.Reach)); k < previousEnd; k++)
        {
            if (view.MentionAt(k) >= 0 && IsPerson(view.EntityOf(view.MentionAt(k))))
            {
                var person = view.EntityOf(view.MentionAt(k));
                if (only is not null && only != person)
                {
                    return null;
                }

                only = person;
            }
        }

        return only;
    }

    /// <summary>
    /// "his", "her", "their", "its" stand for the subject of their clause ("Ruiz began her tour"): the names that open
    /// it, a person for "his" and "her"; failing that, "his" and "her" fall back on <see cref="ResolvePerson"/>.
    /// </summary>
    public List<int> ResolvePossessive(ArgumentReading reading, int pronoun, string word)
    {
        var clauseStart = pronoun;
        while (clauseStart > reading.First && !view.IsParticipantBreak(clauseStart - 1, gazetteer))
        {
            clauseStart--;
        }

        var opening = new List<int>();
        for (var k = clauseStart; k < pronoun; k++)
        {
            var mention = view.MentionAt(k);
            if (mention >= 0)
            {
                opening.Add(view.EntityOf(mention));
                k = view.MentionEnd(mention) - 1;
                continue;
            }

            if (view.Words[k] == "," || !shapes.IsInsideNamePhrase(k))
            {
                break;
            }
        }

        var personal = word is "his" or "her";
        var fitting = opening.Where(e => personal ? IsPerson(e) : view.Standing(e) is EntityStanding.Party or EntityStanding.Country).ToList();
        if (fitting.Count > 0)
        {
            return personal ? [fitting[0]] : fitting;
        }

        return personal && ResolvePerson(reading.Occurrence.Sentence, pronoun) is { } person ? [person] : [];
    }

    private bool IsPerson(int entityId) => view.Entities[entityId].Kind == EntityKind.Person;
}
