using KnowledgeGraph.Extraction.Gazetteers;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// A sentence with its name frames and the few grammatical checks every pattern shares: which name starts at a
/// token, whether a name can be a subject, whether a name stands whole as an object, and the verb group after a
/// subject. Patterns are written in these terms so that each says only which words link two names.
/// </summary>
internal sealed class FramedSentence(SentenceView view, IReadOnlyList<NameFrame> names, RelationCues cues, Gazetteer gazetteer)
{
    /// <summary>Auxiliaries a verb group may hold before its verb ("is expected to").</summary>
    private const int MostAuxiliaries = 4;

    public SentenceView View => view;

    public IReadOnlyList<NameFrame> Names => names;

    public int Index => view.Index;

    /// <summary>The outermost name whose frame (or the name itself) starts at <paramref name="token"/>.</summary>
    public NameFrame? NameAt(int token)
    {
        foreach (var name in names)
        {
            if (!name.IsInner && (name.LeftEdge == token || name.Slot.First == token))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>
    /// A name that can be the subject of a verb after it: not inside another name's frame and not the object of a
    /// preposition ("a critic of Ruiz met Okafor" says nothing of Ruiz meeting anyone).
    /// </summary>
    public bool CanBeSubject(NameFrame name) =>
        !name.IsInner && !cues.Prepositions.Contains(view.Word(name.LeftEdge - 1)) && !view.IsPossessive(name.LeftEdge - 1);

    /// <summary>
    /// True when the name that ends before <paramref name="token"/> stands whole: the sentence ends, punctuation or a
    /// word that starts a new phrase follows. "the Lima meeting", "Chile’s president" and "the Havenbond board" fail:
    /// there the name only qualifies the noun after it.
    /// </summary>
    public bool EndsObject(int token)
    {
        if (token >= view.End)
        {
            return true;
        }

        if (view.IsPossessive(token))
        {
            return false;
        }

        var word = view.Word(token);
        return view.IsPunctuation(token) || cues.ObjectFollowers.Contains(word) || cues.Weekdays.Contains(word)
            || gazetteer.IsSpeechVerb(word);
    }

    /// <summary>
    /// Like <see cref="EndsObject"/> for a name that closes a subject ("talks between A and B ended", "A’s meeting with
    /// B lasted"), where a verb may follow: a lower-case word in -ed is read as that verb.
    /// </summary>
    public bool EndsSubjectPhrase(int token)
    {
        var word = view.Word(token);
        return EndsObject(token) || (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && word.All(char.IsLower));
    }

    /// <summary>
    /// The verb group after a subject whose frame ends at <paramref name="start"/>: "[, who] [auxiliaries] VERB",
    /// with a verb from <paramref name="verbs"/>. Null when other words stand between (a negation, another verb).
    /// </summary>
    public Predicate? ReadPredicate(int start, PhraseSet verbs)
    {
        var k = start;
        if (view.IsWord(k, ",") && view.IsWord(k + 1, "who"))
        {
            k += 2;
        }

        var future = false;
        for (var n = 0; n <= MostAuxiliaries; n++)
        {
            var verb = verbs.MatchAt(view, k);
            if (verb.Success)
            {
                return new Predicate(k + verb.Length, future || verb.Tagged);
            }

            var word = view.Word(k);
            if (!cues.Auxiliaries.Contains(word))
            {
                return null;
            }

            future |= cues.Auxiliaries.TagOf(word) is not null;
            k++;
        }

        return null;
    }

    /// <summary>
    /// The names a subject stands for: itself and one joined to it by "and" before it ("Ruiz and Okafor visited").
    /// </summary>
    public IEnumerable<NameFrame> WithCoordinatedSubject(NameFrame subject, Func<int, bool> fits)
    {
        yield return subject;
        foreach (var other in names)
        {
            if (!other.IsInner && other.RightEdge == subject.LeftEdge - 1 && view.IsWord(subject.LeftEdge - 1, "and")
                && fits(other.EntityId) && CanBeSubject(other))
            {
                yield return other;
            }
        }
    }

    /// <summary>
    /// The names an object stands for: itself and those joined after it by "and" or commas ("visited Chile, Peru and
    /// Bolivia"), as long as each stands whole.
    /// </summary>
    public IEnumerable<NameFrame> WithCoordinatedObjects(NameFrame first, Func<int, bool> fits)
    {
        var current = first;
        while (true)
        {
            yield return current;
            var joiner = current.RightEdge;
            if (!view.IsWord(joiner, "and") && !view.IsWord(joiner, ","))
            {
                yield break;
            }

            var next = view.IsWord(joiner, ",") && view.IsWord(joiner + 1, "and") ? joiner + 2 : joiner + 1;
            if (NameAt(next) is not { } following || !fits(following.EntityId) || !EndsObject(following.RightEdge))
            {
                yield break;
            }

            current = following;
        }
    }
}
