using KnowledgeGraph.Extraction.Gazetteers;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// Reads who takes part in an occurrence and where it happened, from the trigger's own clause only. A verb's subject
/// stands before it ("Ruiz met"), its object after it ("met Berg"); a noun takes its participants from a name or
/// possessive before it ("Ruiz's visit", "a U.S. strike") and from prepositions after it ("talks with Berg", "the
/// attack on Kyiv"); "in" and "at" give the place. Reading stops at anything that opens another clause, another
/// happening or a quotation, and at the first plain word after a name, where the next predicate begins.
/// </summary>
internal sealed class ArgumentFinder
{
    // "during Chilean Foreign Minister Alberto van Klaveren's visit": how far back the preposition governing a noun may stand.
    private const int GoverningReach = 10;

    private readonly EventTokenView _view;
    private readonly Gazetteer _gazetteer;
    private readonly PhraseShapes _shapes;
    private readonly SubjectReader _subjects;
    private readonly ObjectReader _objects;

    public ArgumentFinder(EventTokenView view, Gazetteer gazetteer, EventTriggerLexicon lexicon)
    {
        _view = view;
        _gazetteer = gazetteer;
        _shapes = new PhraseShapes(view, gazetteer);
        _subjects = new SubjectReader(view, gazetteer, lexicon, _shapes, new PronounResolver(view, gazetteer, _shapes));
        _objects = new ObjectReader(view, gazetteer, _shapes);
    }

    /// <summary>
    /// Fills in participants and place; false when the trigger turns out not to report a happening ("met the
    /// deadline": a meeting verb whose object is no one).
    /// </summary>
    public bool Read(EventOccurrence occurrence, SentenceTriggers sentenceTriggers)
    {
        var profile = EventTypeProfile.For(occurrence.Type);
        var first = _view.SentenceFirst(occurrence.Sentence);
        var end = _view.SentenceEnd(occurrence.Sentence);
        if (occurrence.ReadsObjects && profile.NeedsPartyObject && !HasPersonalObject(occurrence.ObjectsFrom, end))
        {
            return false;
        }

        var reading = new ArgumentReading(_view, occurrence, profile, sentenceTriggers, first, end)
        {
            InFrontedAdjunct = IsInFrontedAdjunct(occurrence),
        };
        if (occurrence.IsVerb)
        {
            _subjects.ReadBeforeVerb(reading);
        }
        else
        {
            _subjects.ReadBeforeNoun(reading);
        }

        _objects.Read(reading);
        ReadFrontedAdjunct(reading);
        return true;
    }

    /// <summary>The preposition a noun trigger's phrase hangs from ("during" in "during Ruiz's visit"), or -1.</summary>
    public int GoverningPreposition(EventOccurrence occurrence)
    {
        var first = _view.SentenceFirst(occurrence.Sentence);
        for (var k = occurrence.First - 1; k >= first && k >= occurrence.First - GoverningReach; k--)
        {
            var word = _view.Lower[k];
            if (_view.MentionAt(k) >= 0)
            {
                k = _view.MentionFirst(_view.MentionAt(k));
                continue;
            }

            if (EventGrammar.AdjunctPrepositions.Contains(word) || EventGrammar.EventPrepositions.Contains(word))
            {
                return k;
            }

            var skippable = EventGrammar.Determiners.Contains(word)
                || EventGrammar.PossessiveEndings.Contains(_view.Words[k])
                || EventGrammar.IsCapitalized(_view.Words[k])
                || EventGrammar.IsNumber(word)
                || _gazetteer.Titles.IsTitleWord(word)
                || EventGrammar.MayBeAdjective(word);
            if (!skippable || _view.IsClauseBreak(k))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// True when the trigger sits in an adjunct that opens the sentence ("During the visit of Ruiz, Berg said", "After
    /// meeting Ruiz, Berg said", "Later, in a press conference, ..."): the comma closing it ends the trigger's phrase,
    /// and the names after that comma are the main clause's subject.
    /// </summary>
    private bool IsInFrontedAdjunct(EventOccurrence occurrence)
    {
        var opener = occurrence.IsVerb ? occurrence.First - 1 : GoverningPreposition(occurrence);
        var openers = occurrence.IsVerb ? EventGrammar.GerundOpeners : EventGrammar.AdjunctPrepositions;
        if (opener < _view.SentenceFirst(occurrence.Sentence) || !openers.Contains(_view.Lower[opener]))
        {
            return false;
        }

        // Only a lead-in may come before the adjunct: "Later,", "On Monday,", "Meanwhile,".
        for (var k = _view.Text.FirstWordOfSentence(occurrence.Sentence); k < opener; k++)
        {
            var word = _view.Lower[k];
            if (word != "," && _view.TimeAt(k) < 0 && !EventGrammar.IsLyAdverb(word) && !EventGrammar.LooseAdverbs.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    // "met Berg", "met with Berg", "met on Monday": fine. "met the deadline", "met resistance": no one was met.
    private bool HasPersonalObject(int from, int end)
    {
        var k = from;
        while (k < end && _view.TimeAt(k) < 0 && _view.MentionAt(k) < 0
            && (EventGrammar.IsLyAdverb(_view.Lower[k]) || EventGrammar.LooseAdverbs.Contains(_view.Lower[k])))
        {
            k++;
        }

        if (k >= end || _view.TimeAt(k) >= 0 || _view.MentionAt(k) >= 0 || _view.IsClauseBreak(k) || !_shapes.IsPlainWord(k))
        {
            return true;
        }

        if (EventGrammar.Determiners.Contains(_view.Lower[k]) && k + 1 < end)
        {
            return _view.MentionAt(k + 1) >= 0 || !_shapes.IsPlainWord(k + 1) || _gazetteer.Titles.IsTitleWord(_view.Lower[k + 1]);
        }

        return _gazetteer.Titles.IsTitleWord(_view.Lower[k]) || EventGrammar.Prepositions.ContainsKey(_view.Lower[k])
            || EventGrammar.Conjunctions.Contains(_view.Lower[k]) || TitledNameFollows(k, end);
    }

    // Words that may qualify a title before a name: "union leader Berg", "harbour master Alves".
    private const int MostWordsBeforeTitle = 3;

    /// <summary>"met union leader Tomas Berg": a few plain words ending in a title word, then a name.</summary>
    private bool TitledNameFollows(int from, int end)
    {
        for (var k = from; k < end && k <= from + MostWordsBeforeTitle && _shapes.IsPlainWord(k) && _view.MentionAt(k) < 0; k++)
        {
            if (_gazetteer.Titles.IsTitleWord(_view.Lower[k]) && k + 1 < end && _view.MentionAt(k + 1) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The subject of the main clause takes part when the trigger sits in an adjunct that opens the sentence ("In a
    /// speech, Ruiz said") or stands between commas after that subject ("Ruiz, in a speech on Monday, said").
    /// </summary>
    private void ReadFrontedAdjunct(ArgumentReading reading)
    {
        if (reading.Occurrence.IsVerb || reading.Profile.Present is null)
        {
            return;
        }

        if (reading.InFrontedAdjunct)
        {
            _subjects.ReadGroupAfterComma(reading, ArgumentSlot.Present);
            return;
        }

        var preposition = GoverningPreposition(reading.Occurrence);
        if (preposition < 0 || !EventGrammar.AdjunctPrepositions.Contains(_view.Lower[preposition]))
        {
            return;
        }

        // "Ruiz, in a speech on Monday, said": the adjunct stands between commas after its subject.
        if (preposition - 2 >= reading.First && _view.Words[preposition - 1] == "," && _view.MentionAt(preposition - 2) >= 0)
        {
            reading.Assign(_view.EntityOf(_view.MentionAt(preposition - 2)), ArgumentSlot.Present);
        }
    }
}
