using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// Finds the triggers of one sentence: the longest listed phrase at each token, read as a noun or a verb by its
/// neighbours, typed by the context words of its clause, and dropped when denied ("did not meet"), habitual ("meet
/// regularly"), threatened or called off. A verb that only tells what a noun trigger did ("An earthquake struck Peru",
/// "The strikes killed 11") is folded into that noun, so one happening gives one occurrence.
/// </summary>
internal sealed class TriggerFinder(EventTriggerLexicon lexicon, EventTokenView view)
{
    // "did not meet", "no talks", "not making direct strikes": a denial stands at most this many words before.
    private const int NegationReach = 3;

    // A clause's context words are looked for at most this many words from the trigger, so long clauses stay linear.
    private const int ContextReach = 40;

    // "The strikes on Monday killed": a noun carries a verb at most this many words after it.
    private const int CarriedVerbReach = 3;

    /// <summary>The occurrences in sentence <paramref name="sentence"/>, in token order.</summary>
    public List<EventOccurrence> Find(int sentence)
    {
        var first = view.SentenceFirst(sentence);
        var end = view.SentenceEnd(sentence);
        var found = new List<EventOccurrence>();
        var t = first;
        while (t < end)
        {
            var (occurrence, length) = TriggerAt(sentence, t, first, end);
            if (occurrence is not null && !IsDenied(occurrence, first) && SettleType(occurrence, first, end))
            {
                found.Add(occurrence);
            }

            t += Math.Max(1, length);
        }

        FoldCarriedVerbs(found);
        return found;
    }

    private (EventOccurrence? Occurrence, int Length) TriggerAt(int sentence, int t, int first, int end)
    {
        if (!IsFreeToken(t))
        {
            return (null, 1);
        }

        foreach (var form in lexicon.TriggersAt(view.Lower, t, end))
        {
            var length = form[0].Words.Count;
            if (!Enumerable.Range(t, length).All(IsFreeToken))
            {
                continue;
            }

            if (form[0].IsNone)
            {
                return (null, length);
            }

            var row = ChooseReading(form, t, length, first, end);
            if (row is null)
            {
                return (null, length);
            }

            var isVerb = row.WordClass == EventWordClass.Verb;
            var occurrence = new EventOccurrence(sentence, t, t + length, row, row.Type, isVerb)
            {
                IsAnaphoric = !isVerb && FollowsDefiniteDeterminer(t, first),
            };
            return (occurrence, length);
        }

        return (null, 1);
    }

    // A token a trigger may use: outside every name, or inside the name of an event ("State of the Nation address").
    private bool IsFreeToken(int token)
    {
        var mention = view.MentionAt(token);
        return mention < 0 || view.Entities[view.EntityOf(mention)].Kind == EntityKind.Event;
    }

    /// <summary>
    /// The noun or verb row of a form, by its neighbours; null when the form is only listed in the reading its
    /// neighbours rule out ("to address" is a verb, and only the noun "address" is a speech).
    /// </summary>
    private EventTrigger? ChooseReading(IReadOnlyList<EventTrigger> form, int t, int length, int first, int end)
    {
        var noun = form.FirstOrDefault(row => row.WordClass == EventWordClass.Noun);
        var verb = form.FirstOrDefault(row => row.WordClass == EventWordClass.Verb);
        var previous = t > first ? view.Lower[t - 1] : null;
        var next = t + length < end ? view.Lower[t + length] : null;

        var nounSignal = previous is not null
            && (EventGrammar.Determiners.Contains(previous)
                || EventGrammar.PossessiveEndings.Contains(view.Words[t - 1])
                || EventGrammar.IsNumber(previous)
                || NameAfterDeterminerEndsAt(t - 1, first));
        nounSignal |= next == "of";
        var strongVerbSignal = previous is not null && (EventGrammar.VerbOpeners.Contains(previous) || EventGrammar.Auxiliaries.Contains(previous));
        var verbSignal = strongVerbSignal || IsGerundAfterOpener(t, length, previous, next) || SubjectNameEndsAt(t - 1, first);

        if (noun is not null && verb is not null)
        {
            return nounSignal ? noun : verbSignal ? verb : form[0];
        }

        if (noun is not null)
        {
            return strongVerbSignal && !nounSignal ? null : noun;
        }

        // Only a determiner right before rules a verb out ("the host nation"); "the United States reaffirmed" is a verb.
        var determinerBefore = previous is not null
            && (EventGrammar.Determiners.Contains(previous) || EventGrammar.PossessiveEndings.Contains(view.Words[t - 1]));
        return determinerBefore ? null : verb;
    }

    // "after meeting Berg", "before visiting Chile": an -ing form right after a subordinating word, with someone after it.
    private bool IsGerundAfterOpener(int t, int length, string? previous, string? next) =>
        previous is not null
        && EventGrammar.GerundOpeners.Contains(previous)
        && view.Lower[t + length - 1].EndsWith("ing", StringComparison.Ordinal)
        && next is not null
        && (next == "with" || EventGrammar.IsCapitalized(view.Words[t + length]) || view.MentionAt(t + length) >= 0);

    // "the U.S. strike": a name with a determiner before it modifies the noun that follows.
    private bool NameAfterDeterminerEndsAt(int token, int first) =>
        token >= first
        && view.MentionAt(token) >= 0
        && view.MentionFirst(view.MentionAt(token)) - 1 is var before
        && before >= first
        && EventGrammar.Determiners.Contains(view.Lower[before]);

    // "Russia strikes", "Ruiz visits": a name not after a determiner is the subject of the verb that follows.
    private bool SubjectNameEndsAt(int token, int first) =>
        token >= first && view.MentionAt(token) >= 0 && !NameAfterDeterminerEndsAt(token, first);

    private bool FollowsDefiniteDeterminer(int t, int first)
    {
        // "the meeting", "their talks", "the cordial meeting", "his third trip".
        for (var k = t - 1; k >= first && k >= t - 3; k--)
        {
            var word = view.Lower[k];
            if (EventGrammar.DefiniteDeterminers.Contains(word))
            {
                return true;
            }

            if (view.MentionAt(k) >= 0 || !EventGrammar.MayBeAdjective(word))
            {
                return false;
            }
        }

        return false;
    }

    private bool IsDenied(EventOccurrence occurrence, int first)
    {
        for (var k = occurrence.First - 1; k >= first && k >= occurrence.First - NegationReach; k--)
        {
            if (view.IsClauseBreak(k))
            {
                return false;
            }

            if (EventGrammar.Negations.Contains(view.Lower[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Reads the context words of the trigger's clause: a cancelling one drops the trigger (false), one of the
    /// trigger's alternative type retypes it ("workers" make a strike a protest).
    /// </summary>
    private bool SettleType(EventOccurrence occurrence, int first, int end)
    {
        var from = occurrence.First;
        while (from > first && from > occurrence.First - ContextReach && !view.IsClauseBreak(from - 1))
        {
            from--;
        }

        // The word that opens the clause belongs to it: "If talks fail" is conditional.
        if (from > first)
        {
            from--;
        }

        var to = occurrence.End;
        while (to < end && to < occurrence.End + ContextReach && !view.IsClauseBreak(to))
        {
            to++;
        }

        for (var k = from; k < to; k++)
        {
            if (k >= occurrence.First && k < occurrence.End)
            {
                continue;
            }

            var context = lexicon.ContextAt(view.Words, k, to)
                ?? (k == view.Text.FirstWordOfSentence(occurrence.Sentence) ? lexicon.ContextAt(view.Lower, k, to) : null);
            if (context is null)
            {
                continue;
            }

            if (context.IsNone)
            {
                return false;
            }

            if (context.Type == occurrence.Row.AlternativeType)
            {
                occurrence.Type = context.Type;
            }
        }

        return true;
    }

    private void FoldCarriedVerbs(List<EventOccurrence> found)
    {
        for (var i = found.Count - 1; i > 0; i--)
        {
            var verb = found[i];
            var noun = found[i - 1];
            if (verb.IsVerb && !noun.IsVerb && CarriesEffect(verb) && OnlyAuxiliariesBetween(noun.End, verb.First))
            {
                noun.ObjectsFrom = verb.End;
                noun.ReadsObjects = true;
                found.RemoveAt(i);
            }
        }
    }

    // Verbs that tell what a happening did rather than report a new one: "struck", "killed".
    private static bool CarriesEffect(EventOccurrence verb) =>
        verb.Row.Type is EventTypes.Attack or EventTypes.Death;

    private bool OnlyAuxiliariesBetween(int from, int to)
    {
        if (to - from > CarriedVerbReach)
        {
            return false;
        }

        for (var k = from; k < to; k++)
        {
            if (view.MentionAt(k) >= 0 && view.TimeAt(k) < 0)
            {
                return false;
            }

            var word = view.Lower[k];
            if (view.TimeAt(k) < 0 && !EventGrammar.Auxiliaries.Contains(word) && !EventGrammar.IsLyAdverb(word) && !EventGrammar.LooseAdverbs.Contains(word))
            {
                return false;
            }
        }

        return true;
    }
}
