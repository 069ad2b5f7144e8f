using KnowledgeGraph.Extraction.Gazetteers;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// Reads what follows a trigger: the objects of a verb, the prepositional phrases of a noun ("talks with Berg", "the
/// attack on Kyiv", "a visit to Chile"), and the place its phrase or its verb gives ("resumed in Geneva").
/// </summary>
internal sealed class ObjectReader(EventTokenView view, Gazetteer gazetteer, PhraseShapes shapes)
{
    /// <summary>
    /// Reads forward from the trigger (or from the verb a noun carries): prepositions set how the next names take part,
    /// names after a verb with no preposition are its objects, and the phrase ends at a break, at another happening's
    /// trigger, or at a plain word after a name. A preposition after a plain noun inside a prepositional phrase belongs
    /// to that noun ("deployed troops to the border with Venezuela": Venezuela is no participant), except "in" and "at",
    /// which still say where.
    /// </summary>
    public void Read(ArgumentReading reading)
    {
        var occurrence = reading.Occurrence;
        occurrence.PhraseEnd = ReadPhraseAfter(reading);
    }

    /// <summary>The reading of <see cref="Read"/>; returns the token where the trigger's phrase ends.</summary>
    private int ReadPhraseAfter(ArgumentReading reading)
    {
        var occurrence = reading.Occurrence;
        var slot = occurrence.ReadsObjects ? ArgumentSlot.Object : (ArgumentSlot?)null;
        var mayDescribe = occurrence.ReadsObjects;
        var inPrepositionalPhrase = false;
        var adjectives = 0;
        var afterName = false;
        for (var k = occurrence.ObjectsFrom; k < reading.End; k++)
        {
            if (view.TimeAt(k) >= 0)
            {
                k = view.TimeEnd(view.TimeAt(k)) - 1;
                continue;
            }

            if (view.IsParticipantBreak(k, gazetteer) || (reading.InFrontedAdjunct && view.Words[k] == ","))
            {
                return k;
            }

            if (afterName && view.Words[k] == "," && shapes.AppositionEnd(k, reading.End) is { } closing)
            {
                // "arrested Marco Vidal, a former mayor, in Madrid": the apposition describes the name before it.
                k = closing;
                continue;
            }

            if (reading.OtherTriggerStartingAt(k) is { } other)
            {
                if (!EventTypes.AreSameFamily(other.Type, occurrence.Type))
                {
                    return k;
                }

                k = other.End - 1;
                continue;
            }

            if (afterName && view.Words[k] == "," && k + 1 < reading.End && view.Lower[k + 1] is "and" or "or"
                && shapes.StartsClause(k + 2, reading.End))
            {
                // "extradited Vidal to the United States, and Ruiz will visit Peru": a new clause, not a longer list.
                return k;
            }

            var mention = view.MentionAt(k);
            if (mention >= 0)
            {
                var entity = view.EntityOf(mention);
                if (view.Standing(entity) != EntityStanding.Bystander)
                {
                    // ", Tomas Berg said": the one who tells of it is not for that a participant.
                    var speaks = view.MentionEnd(mention) < reading.End && gazetteer.IsSpeechVerb(view.Lower[view.MentionEnd(mention)]);
                    if (slot is { } s && !speaks)
                    {
                        reading.Assign(entity, s);
                    }

                    afterName = true;
                    mayDescribe = false;
                }

                k = view.MentionEnd(mention) - 1;
                continue;
            }

            var word = view.Lower[k];
            if (EventGrammar.Prepositions.TryGetValue(word, out var introduced) && !shapes.IsTitleOf(k, reading.First))
            {
                var attachesToNoun = inPrepositionalPhrase && adjectives > 0 && !afterName;
                if (introduced == ArgumentSlot.Of && inPrepositionalPhrase)
                {
                    // "with the leaders of Chile": the names after "of" continue the phrase they are in.
                }
                else
                {
                    slot = attachesToNoun && introduced != ArgumentSlot.InAt ? ArgumentSlot.None : introduced;
                    inPrepositionalPhrase = true;
                }

                afterName = false;
                adjectives = 0;

                // "to stress the importance": "to" before a plain word opens an infinitive, not a destination.
                mayDescribe = word != "to";
                continue;
            }

            if (EventGrammar.Determiners.Contains(word))
            {
                mayDescribe = !afterName;
                adjectives = 0;
                continue;
            }

            if (EventGrammar.Conjunctions.Contains(word) || shapes.IsInsideNamePhrase(k) || shapes.IsTitleOf(k, reading.First)
                || EventGrammar.IsLyAdverb(word) || EventGrammar.BeForms.Contains(word) || EventGrammar.LinkingParticiples.Contains(word))
            {
                continue;
            }

            if (afterName || !mayDescribe || ++adjectives > 2)
            {
                ReadPlaceAfterPhrase(reading, k);
                return k;
            }
        }

        return reading.End;
    }

    /// <summary>
    /// "Talks between Ruiz and Berg resumed in Geneva", "attacked Hezbollah positions in Lebanon": where it happened,
    /// when "in" or "at" follows the trigger's phrase within a couple of plain words (its verb, the head of its object).
    /// </summary>
    private void ReadPlaceAfterPhrase(ArgumentReading reading, int from)
    {
        var plainWords = 0;
        for (var k = from; k < reading.End && reading.Occurrence.PlaceId is null; k++)
        {
            if (view.IsParticipantBreak(k, gazetteer) || view.MentionAt(k) >= 0 || reading.OtherTriggerStartingAt(k) is not null)
            {
                return;
            }

            var word = view.Lower[k];
            if (EventGrammar.Prepositions.TryGetValue(word, out var introduced))
            {
                if (introduced == ArgumentSlot.InAt && shapes.PlaceNameAfter(k + 1, reading.End) is { } place)
                {
                    reading.Assign(place, ArgumentSlot.InAt);
                }

                return;
            }

            var linking = EventGrammar.BeForms.Contains(word) || EventGrammar.IsLyAdverb(word) || EventGrammar.LinkingParticiples.Contains(word);
            if (!linking && (!shapes.IsPlainWord(k) || ++plainWords > 2))
            {
                return;
            }
        }
    }
}
