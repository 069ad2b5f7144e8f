using KnowledgeGraph.Extraction.Gazetteers;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// Reads who stands before a trigger: the subject of a verb ("Chile and Peru agreed", passive "Vidal was arrested"), the
/// name or possessive before a noun ("a U.S. strike", "Ruiz's visit", "her tour"), the subject of a support verb ("the
/// navy carried out a strike"), and the subject of the main clause after an opening adjunct.
/// </summary>
internal sealed class SubjectReader(
    EventTokenView view,
    Gazetteer gazetteer,
    EventTriggerLexicon lexicon,
    PhraseShapes shapes,
    PronounResolver pronouns)
{
    // "Ruiz, who arrived on Sunday, will meet": at most this many plain words between a verb and its subject.
    private const int SubjectGapWords = 3;

    /// <summary>
    /// The subject of a verb trigger: the names before it, or, for a gerund after "after", "while" and the like, the
    /// subject of the main clause ("After meeting Berg, Ruiz said", "Ruiz spoke after meeting Berg"). The subject of a
    /// passive verb is its object ("Vidal was arrested").
    /// </summary>
    public void ReadBeforeVerb(ArgumentReading reading)
    {
        var occurrence = reading.Occurrence;
        var opener = occurrence.First - 1;
        var isGerund = view.Lower[occurrence.End - 1].EndsWith("ing", StringComparison.Ordinal);
        if (isGerund && opener >= reading.First && EventGrammar.GerundOpeners.Contains(view.Lower[opener]))
        {
            // "After meeting Berg, Ruiz said": the gerund's subject is the main clause's.
            if (reading.InFrontedAdjunct)
            {
                ReadGroupAfterComma(reading, ArgumentSlot.Subject);
            }
            else
            {
                ReadGroupBefore(reading, opener - 1, ArgumentSlot.Subject);
            }

            return;
        }

        var slot = !isGerund && IsPassive(occurrence.First, reading.First) ? ArgumentSlot.Object : ArgumentSlot.Subject;
        ReadGroupBefore(reading, occurrence.First - 1, slot);
    }

    /// <summary>"was arrested", "were reportedly detained": a form of "be" before the verb, adverbs aside.</summary>
    private bool IsPassive(int verb, int first)
    {
        for (var k = verb - 1; k >= first && k >= verb - 3; k--)
        {
            var word = view.Lower[k];
            if (EventGrammar.BeForms.Contains(word))
            {
                return true;
            }

            if (!EventGrammar.IsLyAdverb(word) && !EventGrammar.LooseAdverbs.Contains(word))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The names that form the subject before <paramref name="from"/>: walking left across auxiliaries, adverbs and up
    /// to <see cref="SubjectGapWords"/> plain words until a name is found, then across titles and conjunctions while
    /// names continue ("U.S. Secretary of State Marco Rubio", "Chile and Peru").
    /// </summary>
    private void ReadGroupBefore(ArgumentReading reading, int from, ArgumentSlot slot)
    {
        // Read right to left, given in text order, so that "Chile and Peru agreed" lists Chile first.
        var group = new List<(int Entity, ArgumentSlot Slot)>();
        CollectGroupBefore(reading, from, slot, group);
        for (var i = group.Count - 1; i >= 0; i--)
        {
            reading.Assign(group[i].Entity, group[i].Slot);
        }
    }

    private void CollectGroupBefore(ArgumentReading reading, int from, ArgumentSlot slot, List<(int Entity, ArgumentSlot Slot)> group)
    {
        var found = false;
        var gap = 0;
        for (var k = from; k >= reading.First; k--)
        {
            if (view.TimeAt(k) >= 0)
            {
                k = view.TimeFirst(view.TimeAt(k));
                continue;
            }

            if (view.IsParticipantBreak(k, gazetteer) || reading.OtherTriggerCovers(k))
            {
                break;
            }

            var mention = view.MentionAt(k);
            if (mention >= 0)
            {
                var preposition = shapes.PrepositionBefore(view.MentionFirst(mention), reading.First);
                var entity = view.EntityOf(mention);
                if (found && preposition is not (null or "of"))
                {
                    // "extradited Vidal to the United States, and Ruiz will visit": the subject ends at a phrase.
                    break;
                }

                if (preposition is null or "of")
                {
                    group.Add((entity, slot));
                    found |= view.Standing(entity) is EntityStanding.Party or EntityStanding.Country;
                }
                else if (EventGrammar.Prepositions[preposition] is ArgumentSlot.InAt or ArgumentSlot.With)
                {
                    group.Add((entity, EventGrammar.Prepositions[preposition]));
                }

                k = view.MentionFirst(mention);
                continue;
            }

            var word = view.Lower[k];
            if (!found && EventGrammar.PersonalPronouns.Contains(word))
            {
                if (pronouns.ResolvePerson(reading.Occurrence.Sentence, k) is { } person)
                {
                    group.Add((person, slot));
                }

                break;
            }

            // Before any name: "we agreed" has its subject already, and "deployed troops and extradited" is a second
            // predicate whose subject lies further back than the first one's object.
            if (!found && (EventGrammar.OtherSubjectPronouns.Contains(word) || word is "and" or "or"))
            {
                break;
            }

            if (shapes.IsInsideNamePhrase(k))
            {
                continue;
            }

            // Between a verb and its subject: "will", "has", "reportedly", "not"; once a name is found, only what
            // joins names ("and", titles) continues the subject.
            var betweenSubjectAndVerb = EventGrammar.Auxiliaries.Contains(word) || EventGrammar.IsLyAdverb(word)
                || EventGrammar.LooseAdverbs.Contains(word) || EventGrammar.Negations.Contains(word);
            if (found || (!betweenSubjectAndVerb && ++gap > SubjectGapWords))
            {
                break;
            }
        }
    }

    /// <summary>
    /// A name or possessive right before a noun trigger, across up to two adjectives ("Ruiz's first visit", "a U.S.
    /// strike"); failing that, the subject of a support verb whose object the noun is ("the navy carried out a strike").
    /// </summary>
    public void ReadBeforeNoun(ArgumentReading reading)
    {
        var adjectives = 0;
        var k = reading.Occurrence.First - 1;
        for (; k >= reading.First; k--)
        {
            if (view.TimeAt(k) >= 0 || (view.IsClauseBreak(k) && !EventGrammar.PossessiveEndings.Contains(view.Words[k])))
            {
                return;
            }

            var mention = view.MentionAt(k);
            if (mention >= 0)
            {
                var entity = view.EntityOf(mention);
                if (view.Standing(entity) == EntityStanding.Bystander)
                {
                    k = view.MentionFirst(mention);
                    continue;
                }

                reading.Assign(entity, ArgumentSlot.Premodifier);
                return;
            }

            var word = view.Lower[k];
            if (EventGrammar.PossessiveEndings.Contains(view.Words[k]))
            {
                if (k - 1 >= reading.First && view.MentionAt(k - 1) >= 0)
                {
                    reading.Assign(view.EntityOf(view.MentionAt(k - 1)), ArgumentSlot.Of);
                }

                return;
            }

            if (EventGrammar.PossessivePronouns.Contains(word))
            {
                foreach (var entity in pronouns.ResolvePossessive(reading, k, word))
                {
                    reading.Assign(entity, ArgumentSlot.Of);
                }

                return;
            }

            var adjectiveLike = EventGrammar.MayBeAdjective(word) || EventGrammar.IsNumber(word)
                || (EventGrammar.IsCapitalized(view.Words[k]) && k > view.Text.FirstWordOfSentence(reading.Occurrence.Sentence));
            if (!adjectiveLike || ++adjectives > 2)
            {
                break;
            }
        }

        if (k >= reading.First && EventGrammar.Determiners.Contains(view.Lower[k]))
        {
            k--;
        }

        var support = k >= reading.First ? lexicon.SupportEndingAt(view.Lower, reading.First, k) : -1;
        if (support >= 0)
        {
            ReadGroupBefore(reading, support - 1, ArgumentSlot.Subject);
        }
    }

    /// <summary>The names that open the main clause after the comma closing an adjunct: ", Mexican President Ana Ruiz said".</summary>
    public void ReadGroupAfterComma(ArgumentReading reading, ArgumentSlot slot)
    {
        var k = reading.Occurrence.End;
        while (k < reading.End && view.Words[k] != "," && !EventGrammar.ClausePunctuation.Contains(view.Words[k]))
        {
            k++;
        }

        if (k >= reading.End || view.Words[k] != ",")
        {
            return;
        }

        for (k++; k < reading.End; k++)
        {
            var mention = view.MentionAt(k);
            if (mention >= 0)
            {
                reading.Assign(view.EntityOf(mention), slot);
                k = view.MentionEnd(mention) - 1;
                continue;
            }

            if (view.Words[k] == "," || !shapes.IsInsideNamePhrase(k))
            {
                return;
            }
        }
    }
}
