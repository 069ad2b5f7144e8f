using KnowledgeGraph.Core.Resolution;

namespace KnowledgeGraph.Extraction.Resolution;

/// <summary>
/// Decides which of several entities registered under one key a document means. A lone "Rubio" after articles about
/// Marco Rubio and Jane Rubio is one of them only if the company it keeps says so: the entity that relations of earlier
/// documents link to the most of the other entities this document names unambiguously. When none is linked, or two are
/// linked to equally many, the name stays apart as an entity of its own; joining the wrong person is worse than a
/// second node.
/// </summary>
internal static class SharedKeyTieBreak
{
    /// <param name="candidates">The entities registered under the key.</param>
    /// <param name="namedInDocument">The entities the document resolved without doubt, new ones included.</param>
    /// <param name="index">What earlier documents linked.</param>
    /// <returns>The chosen entity, or null to make a new one.</returns>
    public static long? Choose(IReadOnlyList<long> candidates, IReadOnlySet<long> namedInDocument, IEntityIndex index)
    {
        // The document names one of them under a fuller form, and MentionResolver still kept this form apart: it had
        // two people to choose from here too, and company cannot tell them apart better than the text did.
        if (candidates.Any(namedInDocument.Contains))
        {
            return null;
        }

        var company = namedInDocument.ToList();
        var scores = candidates.Select(id => (Id: id, Linked: index.CountLinked(id, company))).ToList();
        var most = scores.Max(s => s.Linked);
        var leaders = scores.Where(s => s.Linked == most).ToList();
        return most > 0 && leaders.Count == 1 ? leaders[0].Id : null;
    }
}
