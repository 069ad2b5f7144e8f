using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Gazetteers;

namespace KnowledgeGraph.Extraction.Tagging;

/// <summary>
/// The trained tagger first, then whatever the rule-based <see cref="CapitalizedSpanTagger"/> finds in the words the
/// trained one left untagged, for two kinds only. Events, because CoNLL-2003 has no event type, so a model trained on
/// it cannot name "the State of the Nation address" (an event name also replaces the model's names inside it, such
/// as "Nation" read as an organization). Organizations whose head is an organisation word, because a
/// headed name such as "Ministry of Foreign Affairs" is certain by its form even when garbled or unseen in 1996
/// newswire. Everything else stays the model's call.
/// </summary>
public sealed class SupplementedEntityTagger(IEntityTagger primary, IEntityTagger rules, Gazetteer gazetteer) : IEntityTagger
{
    public IReadOnlyList<EntitySpan> Tag(AnalyzedText text)
    {
        var found = primary.Tag(text).ToList();
        var rulesFound = rules.Tag(text);
        foreach (var span in rulesFound.Where(span => span.Kind == EntityKind.Event))
        {
            var overlapping = found.Where(other => Overlap(span, other)).ToList();
            if (overlapping.All(other => Contains(span, other)))
            {
                found.RemoveAll(overlapping.Contains);
                found.Add(span);
            }
        }

        foreach (var span in rulesFound.Where(span => span.Kind == EntityKind.Organization && HasOrganizationWord(text, span)))
        {
            if (!found.Any(other => Overlap(span, other)))
            {
                found.Add(span);
            }
        }

        return found.OrderBy(span => span.FirstToken).ToList();
    }

    /// <summary>Headed by form ("Ministry", "Authority", "Union"), unlike an acronym or a line in capitals the rules also call organizations.</summary>
    private bool HasOrganizationWord(AnalyzedText text, EntitySpan span)
    {
        for (var token = span.FirstToken; token < span.EndToken; token++)
        {
            if (gazetteer.IsOrganizationWord(text.TokenText(token)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Overlap(EntitySpan a, EntitySpan b) => a.FirstToken < b.EndToken && b.FirstToken < a.EndToken;

    private static bool Contains(EntitySpan outer, EntitySpan inner) =>
        outer.FirstToken <= inner.FirstToken && inner.EndToken <= outer.EndToken;
}
