using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Core.Resolution;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// Folds the occurrences of one document into happenings. A news story reports its main event many times ("Ruiz met
/// Berg on Monday ... During the meeting ... The talks"), so an occurrence joins the most recent happening of its type
/// family whose date and place do not conflict with it and which shares a participant with it; any such happening
/// when one of the two names nobody ("the meeting"); and the happening of the sentence just before when it is "the
/// meeting" again, now with more people. An occurrence that joins nothing starts a happening only if the text shows it
/// is a real one: someone takes part, or it has a date (a death needs a named person; a place is enough for a disaster). Two meetings on different days
/// or between different people stay apart.
/// </summary>
internal static class EventCoreference
{
    // How many happenings of one family an occurrence is compared with, most recent first: a report comes back to a
    // happening a few paragraphs on, not fifty happenings later, and the bound keeps long documents linear.
    private const int Lookback = 32;

    public static List<EventCluster> Resolve(IEnumerable<EventOccurrence> occurrences, PlaceContainment places)
    {
        var clusters = new List<EventCluster>();
        var byFamily = new Dictionary<string, List<EventCluster>>(StringComparer.Ordinal);
        foreach (var occurrence in occurrences)
        {
            var profile = EventTypeProfile.For(occurrence.Type);
            var reported = occurrence.Participants.Count > 0
                || (!profile.NeedsParticipant && occurrence.Date is not null)
                || (profile.PlaceIsEvidence && occurrence.PlaceId is not null);
            if (!reported && !occurrence.IsAnaphoric)
            {
                continue;
            }

            var family = EventTypes.FamilyOf(occurrence.Type);
            if (!byFamily.TryGetValue(family, out var candidates))
            {
                candidates = [];
                byFamily.Add(family, candidates);
            }

            EventCluster? target = null;
            for (var i = candidates.Count - 1; i >= 0 && i >= candidates.Count - Lookback; i--)
            {
                var cluster = candidates[i];
                if (Fits(cluster, occurrence, places) && (target is null || cluster.LastSentence > target.LastSentence))
                {
                    target = cluster;
                }
            }

            if (target is not null)
            {
                target.Add(occurrence, places);
            }
            else if (reported)
            {
                var cluster = new EventCluster(occurrence, places);
                clusters.Add(cluster);
                candidates.Add(cluster);
            }
        }

        return clusters;
    }

    private static bool Fits(EventCluster cluster, EventOccurrence occurrence, PlaceContainment places) =>
        DatesAgree(cluster.Date, occurrence.Date)
        && places.Agree(cluster.PlaceId, occurrence.PlaceId)
        && (occurrence.Participants.Count == 0
            || cluster.Participants.Count == 0
            || cluster.Shares(occurrence)
            || ContinuesRightAfter(cluster, occurrence));

    // "During the meeting ... . The meeting was attended by Berg too": "the meeting" in the very next sentence goes
    // on about the one just told, even when it names people the first report did not.
    private static bool ContinuesRightAfter(EventCluster cluster, EventOccurrence occurrence) =>
        occurrence.IsAnaphoric && occurrence.Sentence == cluster.LastSentence + 1;

    /// <summary>
    /// Dates agree when the less precise one contains the other: "September 2025" and "Sept. 3, 2025" do. Within one
    /// article the days must be equal; the day of tolerance across articles absorbs time zones and late reports.
    /// </summary>
    public static bool DatesAgree(FactDate? first, FactDate? second) => EventMatch.DatesAgree(first, second, toleranceDays: 0);
}
