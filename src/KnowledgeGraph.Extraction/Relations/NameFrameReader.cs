using KnowledgeGraph.Extraction.Gazetteers;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// Reads the words that belong to each name of a sentence: a title before it with the country, demonym or
/// organization that qualifies the title ("Chile’s Foreign Affairs minister Alberto van Klaveren"), a title in
/// apposition before it ("Chile’s president, Gabriel Boric,") or after it ("Ana Ruiz, chief executive of Havenbond,").
/// The title is taken from the gazetteer's title lexicon; only words that touch the name count, so a title or a
/// country further away, or one that belongs to the next name, is never given to this one.
/// </summary>
internal sealed class NameFrameReader(Gazetteer gazetteer, RelationCues cues, DocumentEntities entities)
{
    /// <summary>More words than any title in the lexicon has.</summary>
    private const int LongestTitle = 6;

    private static readonly string[] OfficePrepositions = ["of", "at", "for"];

    public IReadOnlyList<NameFrame> Read(SentenceView sentence)
    {
        var slots = sentence.Slots;
        var drafts = new (int Left, int Right, List<TitleReading> Titles)[slots.Count];
        for (var i = 0; i < slots.Count; i++)
        {
            var slot = slots[i];
            var left = slot.First;
            var right = slot.End;
            var titles = new List<TitleReading>();
            if (entities.IsPerson(slot.EntityId))
            {
                if (ReadTitleBefore(sentence, i) is { } prefix)
                {
                    titles.Add(prefix.Reading);
                    left = prefix.Start;
                }
                else if (ReadAppositionBefore(sentence, i) is { } before)
                {
                    titles.Add(before.Reading);
                    left = before.Start;
                    right = before.End;
                }

                if (ReadAppositionAfter(sentence, i) is { } after)
                {
                    titles.Add(after.Reading);
                    right = after.End;
                }
            }
            else if (sentence.IsWord(slot.First - 1, "the"))
            {
                left = slot.First - 1;
            }

            if (right == slot.End && ReadMembershipApposition(sentence, slot) is { } membershipEnd)
            {
                right = membershipEnd;
            }

            drafts[i] = (left, right, titles);
        }

        var frames = new NameFrame[slots.Count];
        for (var i = 0; i < slots.Count; i++)
        {
            var isInner = false;
            for (var k = 0; k < slots.Count && !isInner; k++)
            {
                isInner = k != i && drafts[k].Left <= slots[i].First && slots[i].End <= drafts[k].Right
                    && (drafts[k].Left < slots[i].First || slots[i].End < drafts[k].Right);
            }

            frames[i] = new NameFrame(slots[i], drafts[i].Left, drafts[i].Right, drafts[i].Titles, isInner);
        }

        return frames;
    }

    /// <summary>"[the] [U.S. | Mexico’s | Mexican] Secretary of State NAME": a title touching the name.</summary>
    private FramePart? ReadTitleBefore(SentenceView sentence, int slotIndex)
    {
        var slot = sentence.Slots[slotIndex];
        var titleStart = FindTitleEndingAt(sentence, slot.First, FloorBefore(sentence, slotIndex, slot.First));
        if (titleStart < 0)
        {
            return null;
        }

        var modifier = ReadModifier(sentence, titleStart);
        var start = ExtendLeft(sentence, modifier.Start, ref modifier);
        return new FramePart(start, slot.End, Reading(sentence, titleStart, slot.First, modifier));
    }

    /// <summary>
    /// "[the] [Chile’s | Mexican] TITLE [of ORG], NAME" followed by a comma or the end: a title set off before the
    /// name. It needs an article or a qualifier, so that a comma between two clauses ("to the president, Ruiz said")
    /// does not make one.
    /// </summary>
    private FramePart? ReadAppositionBefore(SentenceView sentence, int slotIndex)
    {
        var slot = sentence.Slots[slotIndex];
        var comma = slot.First - 1;
        if (!sentence.IsWord(comma, ",") || !ClosesApposition(sentence, slot.End))
        {
            return null;
        }

        var titleEnd = comma;
        int? stated = null;
        if (sentence.SlotIndexEndingAt(comma) is { } office && entities.CanHoldOffice(sentence.Slots[office].EntityId))
        {
            var before = sentence.Slots[office].First;
            if (sentence.IsWord(before - 1, "the"))
            {
                before--;
            }

            if (OfficePrepositions.Any(p => sentence.IsWord(before - 1, p)))
            {
                titleEnd = before - 1;
                stated = sentence.Slots[office].EntityId;
            }
        }

        var titleStart = FindTitleEndingAt(sentence, titleEnd, FloorBefore(sentence, slotIndex, titleEnd));
        if (titleStart < 0)
        {
            return null;
        }

        var modifier = ReadModifier(sentence, titleStart);
        var start = ExtendLeft(sentence, modifier.Start, ref modifier);
        var qualified = stated is not null || modifier.Target != TitleTarget.Unstated || modifier.PartyId is not null;
        if (!qualified && !cues.Determiners.Contains(sentence.Word(start)))
        {
            return null;
        }

        if (stated is not null && modifier.Target != TitleTarget.Denied)
        {
            modifier = modifier with { Target = TitleTarget.Stated, TargetId = stated };
        }

        var end = sentence.IsWord(slot.End, ",") ? slot.End + 1 : slot.End;
        return new FramePart(start, end, Reading(sentence, titleStart, titleEnd, modifier));
    }

    /// <summary>
    /// "NAME, [the] [first] [U.S. | Havenbond’s | Mexican] TITLE [(of|at|for) ORG | to COUNTRY]," closed by a comma
    /// or the end of the sentence: an apposition that gives the name's office.
    /// </summary>
    private FramePart? ReadAppositionAfter(SentenceView sentence, int slotIndex)
    {
        var slot = sentence.Slots[slotIndex];
        var k = slot.End;
        if (!sentence.IsWord(k, ","))
        {
            return null;
        }

        k++;
        if (cues.Determiners.Contains(sentence.Word(k)))
        {
            k++;
        }

        var denied = false;
        for (var n = 0; n < 3; n++)
        {
            var word = sentence.Word(k);
            if (cues.TitleBlockers.Contains(word))
            {
                denied = true;
            }
            else if (!cues.Fillers.Contains(word) && gazetteer.CountryOfDemonym(word) != "-")
            {
                break;
            }

            k++;
        }

        var modifier = new Modifier(k, TitleTarget.Unstated, null, null);
        if (sentence.SlotIndexStartingAt(k) is { } qualifier)
        {
            var id = sentence.Slots[qualifier].EntityId;
            var after = sentence.Slots[qualifier].End;
            if (sentence.IsPossessive(after))
            {
                after++;
            }

            if (TitleLengthAt(sentence, after) == 0)
            {
                return null; // a name after the comma without a title: a list, not an apposition
            }

            modifier = QualifierOf(id, k);
            k = after;
        }
        else if (DemonymCountry(sentence.Word(k)) is { } country)
        {
            modifier = CountryOfDemonym(country, k);
            k++;
        }
        else if (cues.PartyAdjectives.Contains(sentence.Word(k)))
        {
            modifier = new Modifier(k, TitleTarget.Unstated, null, entities.PartyCalled(sentence.Word(k)));
            k++;
        }

        var length = TitleLengthAt(sentence, k);
        if (length == 0)
        {
            return null;
        }

        var titleStart = k;
        var titleEnd = k + length;
        k = titleEnd;
        var preposition = sentence.Word(k);
        if (OfficePrepositions.Contains(preposition, StringComparer.OrdinalIgnoreCase) || sentence.IsWord(k, "to"))
        {
            var j = sentence.IsWord(k + 1, "the") ? k + 2 : k + 1;
            if (sentence.SlotIndexStartingAt(j) is not { } office)
            {
                return null;
            }

            var officeId = sentence.Slots[office].EntityId;
            if (!sentence.IsWord(k, "to"))
            {
                modifier = entities.CanHoldOffice(officeId)
                    ? modifier with { Target = modifier.Target == TitleTarget.Denied ? TitleTarget.Denied : TitleTarget.Stated, TargetId = officeId }
                    : modifier with { Target = TitleTarget.Denied, TargetId = null };
            }

            k = sentence.Slots[office].End;
        }

        if (!ClosesApposition(sentence, k))
        {
            return null;
        }

        if (denied)
        {
            modifier = modifier with { Target = TitleTarget.Denied };
        }

        var end = sentence.IsWord(k, ",") ? k + 1 : k;
        return new FramePart(slot.First, end, Reading(sentence, titleStart, titleEnd, modifier));
    }

    /// <summary>
    /// "NAME, a [senior] member of [the] ORG," closed by a comma or the end: the token after it, so that the verb after
    /// the apposition is read as the name's ("Ruiz, a member of the council, will visit Lima"), or null.
    /// </summary>
    private int? ReadMembershipApposition(SentenceView sentence, MentionSlot slot)
    {
        var k = slot.End;
        if (!sentence.IsWord(k, ",") || !(sentence.IsWord(k + 1, "a") || sentence.IsWord(k + 1, "an")))
        {
            return null;
        }

        k += 2;
        while (cues.Fillers.Contains(sentence.Word(k)))
        {
            k++;
        }

        if (!sentence.IsWord(k, "member") || !sentence.IsWord(k + 1, "of"))
        {
            return null;
        }

        k += sentence.IsWord(k + 2, "the") ? 3 : 2;
        if (sentence.SlotIndexStartingAt(k) is not { } body || !ClosesApposition(sentence, sentence.Slots[body].End))
        {
            return null;
        }

        var end = sentence.Slots[body].End;
        return sentence.IsWord(end, ",") ? end + 1 : end;
    }

    /// <summary>What qualifies the title that starts at <paramref name="titleStart"/>, read from the word before it.</summary>
    private Modifier ReadModifier(SentenceView sentence, int titleStart)
    {
        // "Peru’s new president", "the first Latino secretary": adjectives may stand between qualifier and title.
        var qualifierEnd = titleStart;
        for (var n = 0; n < 2 && (cues.Fillers.Contains(sentence.Word(qualifierEnd - 1)) || DemonymCountry(sentence.Word(qualifierEnd - 1)) == "-"); n++)
        {
            qualifierEnd--;
        }

        var before = qualifierEnd - 1;
        var word = sentence.Word(before);
        if (cues.TitleBlockers.Contains(word))
        {
            return new Modifier(before, TitleTarget.Denied, null, null);
        }

        if (sentence.IsPossessive(before))
        {
            // "Mexico’s Foreign Minister", but not "the president’s spokesperson": that office is someone else's.
            return sentence.SlotIndexEndingAt(before) is { } owner
                ? QualifierOf(sentence.Slots[owner].EntityId, sentence.Slots[owner].First) with { PartyId = null }
                : new Modifier(before, TitleTarget.Denied, null, null);
        }

        if (DemonymCountry(word) is { } country)
        {
            return CountryOfDemonym(country, before);
        }

        if (cues.PartyAdjectives.Contains(word) && entities.PartyCalled(word) is { } party)
        {
            return new Modifier(before, TitleTarget.Unstated, null, party);
        }

        if (sentence.SlotIndexEndingAt(qualifierEnd) is { } qualifier)
        {
            return QualifierOf(sentence.Slots[qualifier].EntityId, sentence.Slots[qualifier].First);
        }

        if (cues.PartyAdjectives.Contains(word))
        {
            return new Modifier(before, TitleTarget.Unstated, null, null);
        }

        return new Modifier(qualifierEnd, TitleTarget.Unstated, null, null);
    }

    /// <summary>A name right before a title: the office's country or organization, a party, or someone else's.</summary>
    private Modifier QualifierOf(int id, int start) =>
        entities.IsParty(id) ? new Modifier(start, TitleTarget.Unstated, null, entities.PartyCalled(entities.Name(id)) ?? id)
        : entities.CanHoldOffice(id) ? new Modifier(start, TitleTarget.Stated, id, null)
        : new Modifier(start, TitleTarget.Denied, null, null);

    private Modifier CountryOfDemonym(string country, int start) =>
        country == "-" ? new Modifier(start, TitleTarget.Unstated, null, null)
        : entities.CountryNamed(country) is { } id ? new Modifier(start, TitleTarget.Stated, id, null)
        : new Modifier(start, TitleTarget.Denied, null, null);

    private string? DemonymCountry(string word) => word.Length == 0 ? null : gazetteer.CountryOfDemonym(word);

    /// <summary>Takes in an article before the frame, and a word like "former" that takes the office away.</summary>
    private int ExtendLeft(SentenceView sentence, int start, ref Modifier modifier)
    {
        if (cues.TitleBlockers.Contains(sentence.Word(start - 1)))
        {
            modifier = modifier with { Target = TitleTarget.Denied, TargetId = null };
            start--;
        }

        return cues.Determiners.Contains(sentence.Word(start - 1)) ? start - 1 : start;
    }

    private TitleReading Reading(SentenceView sentence, int titleStart, int titleEnd, Modifier modifier)
    {
        var words = Enumerable.Range(titleStart, titleEnd - titleStart).Select(sentence.Word).ToList();
        var target = words.Count == 1 && cues.Honorifics.Contains(words[0]) ? TitleTarget.Denied : modifier.Target;
        return new TitleReading(
            TitleLabel.Normalize(words, cues),
            target,
            target == TitleTarget.Stated ? modifier.TargetId : null,
            modifier.PartyId);
    }

    /// <summary>The first token of the longest title that ends exactly at <paramref name="end"/>, or -1.</summary>
    private int FindTitleEndingAt(SentenceView sentence, int end, int floor)
    {
        var words = sentence.WordsBefore(end);
        for (var start = Math.Max(floor, end - LongestTitle); start < end; start++)
        {
            if (gazetteer.Titles.MatchLength(words, start - sentence.First) == end - start)
            {
                return start;
            }
        }

        return -1;
    }

    private int TitleLengthAt(SentenceView sentence, int start) =>
        start < sentence.First || start >= sentence.End
            ? 0
            : gazetteer.Titles.MatchLength(sentence.WordsBefore(sentence.End), start - sentence.First);

    /// <summary>Where a title before a name may begin: not inside the name before it.</summary>
    private static int FloorBefore(SentenceView sentence, int slotIndex, int limit)
    {
        var floor = sentence.First;
        for (var k = 0; k < sentence.Slots.Count; k++)
        {
            if (k != slotIndex && sentence.Slots[k].End <= limit)
            {
                floor = Math.Max(floor, sentence.Slots[k].End);
            }
        }

        return floor;
    }

    /// <summary>An apposition ends at punctuation or with the sentence, not before a verb ("the minister said").</summary>
    private static bool ClosesApposition(SentenceView sentence, int token) =>
        token >= sentence.End || (sentence.IsPunctuation(token) && !sentence.IsWord(token, "(") && !sentence.IsWord(token, "“"));

    /// <summary>What qualifies a title: where the qualifier starts, what it says about the office, a party it names.</summary>
    private readonly record struct Modifier(int Start, TitleTarget Target, int? TargetId, int? PartyId);

    /// <summary>The tokens a title construct covers and what it says.</summary>
    private sealed record FramePart(int Start, int End, TitleReading Reading);
}
