namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// Dates occurrences from the time expressions of their own sentence. Each expression goes to the nearest trigger it
/// is not cut off from by a clause break, so in "His trip follows a strike on Tuesday" Tuesday dates the strike, not
/// the trip. A happening "during" another shares its day: "agreed on Wednesday during Ruiz's visit" dates the visit too.
/// </summary>
internal static class EventDating
{
    // Beyond this many words a date in the same clause is more likely about something else.
    private const int Reach = 30;

    // A comma between a date and a trigger counts as this many words: "struck the port on Tuesday, killing three"
    // dates the strike, though "killing" stands closer.
    private const int CommaWeight = 8;

    public static void Attach(EventTokenView view, ArgumentFinder arguments, IReadOnlyList<EventOccurrence> occurrences)
    {
        // Occurrences come in text order, so each sentence's list is sorted by first token.
        var bySentence = occurrences.GroupBy(o => o.Sentence).ToDictionary(g => g.Key, g => g.ToList());
        for (var time = 0; time < view.Times.Count; time++)
        {
            var first = view.TimeFirst(time);
            var end = view.TimeEnd(time);
            if (first >= end || !bySentence.TryGetValue(view.Text.SentenceOfToken[first], out var candidates))
            {
                continue;
            }

            // "The talks opened a day after the storm": an expression ending in "after" or "before" dates what follows it.
            var datesWhatFollows = view.Lower[end - 1] is "after" or "before";
            EventOccurrence? nearest = null;
            var nearestDistance = int.MaxValue;
            foreach (var occurrence in Near(candidates, first - Reach - EventTriggerLexicon.MaxFormWords, end + Reach))
            {
                if (datesWhatFollows && occurrence.First < end)
                {
                    continue;
                }

                var (from, to) = end <= occurrence.First ? (end, occurrence.First) : (occurrence.End, first);
                if (to - from < 0 || to - from > Reach || AnyClauseBreak(view, from, to))
                {
                    continue;
                }

                var insidePhrase = first >= occurrence.End && end <= occurrence.PhraseEnd;
                var distance = insidePhrase ? 0 : to - from + (CommaWeight * Commas(view, from, to));
                if (distance >= nearestDistance)
                {
                    continue;
                }

                nearest = occurrence;
                nearestDistance = distance;
            }

            if (nearest is not null && nearestDistance < nearest.DateDistance)
            {
                nearest.Date = view.Times[time].Date;
                nearest.DateDistance = nearestDistance;
            }
        }

        foreach (var sentence in bySentence.Values)
        {
            ShareDatesAcrossDuring(view, arguments, sentence);
        }
    }

    private static void ShareDatesAcrossDuring(EventTokenView view, ArgumentFinder arguments, List<EventOccurrence> sentence)
    {
        foreach (var inner in sentence)
        {
            if (inner.IsVerb || arguments.GoverningPreposition(inner) is var during && (during < 0 || view.Lower[during] != "during"))
            {
                continue;
            }

            foreach (var other in Near(sentence, inner.First - Reach, inner.End + Reach))
            {
                if (other == inner || (other.Date is null) == (inner.Date is null))
                {
                    continue;
                }

                var (from, to) = other.End <= during ? (other.End, during) : (Math.Max(inner.End, during), other.First);
                if (from <= to && !AnyClauseBreak(view, from, to))
                {
                    var date = inner.Date ?? other.Date;
                    inner.Date ??= date;
                    other.Date ??= date;
                }
            }
        }
    }

    /// <summary>The occurrences of a sentence (sorted by first token) that start within [from, to].</summary>
    private static IEnumerable<EventOccurrence> Near(List<EventOccurrence> sorted, int from, int to)
    {
        int low = 0, high = sorted.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (sorted[middle].First < from)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        for (var i = low; i < sorted.Count && sorted[i].First <= to; i++)
        {
            yield return sorted[i];
        }
    }

    private static int Commas(EventTokenView view, int from, int to)
    {
        var commas = 0;
        for (var k = from; k < to; k++)
        {
            commas += view.Words[k] == "," ? 1 : 0;
        }

        return commas;
    }

    private static bool AnyClauseBreak(EventTokenView view, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (view.IsClauseBreak(k))
            {
                return true;
            }
        }

        return false;
    }
}
