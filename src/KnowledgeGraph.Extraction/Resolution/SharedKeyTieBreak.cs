using KnowledgeGraph.Core.Resolution;

namespace KnowledgeGraph.Extraction.Resolution;

/// <summary>
/// Decides which of several entities registered under one key a document means. A lone "Rubio" after articles about
/// Marco Rubio and Jane Rubio goes to the one the company it keeps points to: the entity that relations of earlier
/// documents link to the most of the other entities this document names unambiguously. When that does not decide (none
/// linked, or a tie), it goes to the entity that had the key first, the one the corpus has known longest under it: a
/// new node for every undecided article would split the better-known namesake into a node per article, and each new
/// node would register the key again and widen the next contest.
/// </summary>
internal static class SharedKeyTieBreak
{
    /// <summary>
    /// Candidates weighed, oldest first. A key dozens of entities share (a common surname in a large corpus) would
    /// otherwise cost a lookup per candidate for every article naming it; the oldest are the best-known namesakes.
    /// </summary>
    public const int MaxCandidates = 16;

    /// <summary>
    /// Entities of the document used as company, lowest ids (the longest known) first. A news article names far fewer;
    /// a list or a dump names hundreds, and each would be asked about for every candidate.
    /// </summary>
    public const int MaxCompany = 64;

    /// <param name="candidates">The entities registered under the key.</param>
    /// <param name="namedInDocument">The entities the document resolved without doubt, new ones included.</param>
    /// <param name="index">What earlier documents linked.</param>
    /// <returns>The chosen entity, or null to make a new one.</returns>
    /// <remarks><paramref name="candidates"/> are in registration order (ascending ids), so the first is the oldest.</remarks>
    public static long? Choose(IReadOnlyList<long> candidates, IReadOnlySet<long> namedInDocument, IEntityIndex index)
    {
        // The document names one of them under a fuller form, and MentionResolver still kept this form apart: it had
        // two people to choose from here too, and company cannot tell them apart better than the text did.
        if (candidates.Any(namedInDocument.Contains))
        {
            return null;
        }

        var company = namedInDocument.Order().Take(MaxCompany).ToList();
        var scores = candidates.Take(MaxCandidates).Select(id => (Id: id, Linked: index.CountLinked(id, company))).ToList();
        var most = scores.Max(s => s.Linked);
        var leaders = scores.Where(s => s.Linked == most).ToList();
        return most > 0 && leaders.Count == 1 ? leaders[0].Id : candidates[0];
    }
}
