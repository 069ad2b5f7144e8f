using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Tagging;

namespace KnowledgeGraph.Extraction.Resolution;

/// <summary>
/// Tells a capital used for its country's government ("Washington claimed", "Washington’s offensive", "tensions with
/// Caracas") from the city itself ("talks in Washington", "WASHINGTON (AP) —"). The government reading needs a cue
/// that the name acts: a possessive, a verb it is the subject of, or a preposition that takes a party ("with",
/// "against"). Without one the city is meant, so a doubtful case stays the place it names.
/// </summary>
public sealed class GovernmentMetonymy(Gazetteer gazetteer)
{
    /// <summary>Words before a place name that make it a location, whatever follows.</summary>
    private static readonly HashSet<string> Locative = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "to", "from", "into", "near", "outside", "around", "across", "toward", "towards", "via", "through",
        "throughout", "within", "inside", "visit", "visits", "visited", "visiting", "of",
    };

    /// <summary>Words before a name that take a party to a dealing: "agreed with Washington", "sanctions against Moscow".</summary>
    private static readonly HashSet<string> TakesAParty = new(StringComparer.OrdinalIgnoreCase) { "with", "against", "between", "by" };

    /// <summary>Verbs and auxiliaries after a name that make it their subject ("Washington wants", "Moscow has").</summary>
    private static readonly HashSet<string> ActsAfter = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "had", "will", "would", "could", "should", "must", "may", "might", "can", "wants", "wanted", "accused",
        "demanded", "demands", "imposed", "threatened", "rejected", "responded", "urged", "pressed", "agreed", "sought",
        "seeks", "blamed", "denied", "refused", "approved", "announced", "sanctioned", "expelled", "recalled",
    };

    /// <summary>
    /// True when the place name at tokens <c>[first, end)</c> is used for a government rather than the city.
    /// </summary>
    public bool ActsAsGovernment(AnalyzedText text, int first, int end)
    {
        var sentence = text.Sentences[text.SentenceOfToken[first]];
        var before = first > sentence.FirstToken ? text.TokenText(first - 1) : null;
        var after = end < sentence.EndToken ? text.TokenText(end) : null;
        if (before is not null && Locative.Contains(before))
        {
            return false;
        }

        if (text.FirstWordOfSentence(text.SentenceOfToken[first]) == first && IsDatelineShaped(text, first, end, after))
        {
            return false;
        }

        return after is "’s" or "'s" or "’" or "'"
            || (after is not null && (gazetteer.IsSpeechVerb(after) || ActsAfter.Contains(after)))
            || (before is not null && TakesAParty.Contains(before));
    }

    /// <summary>"WASHINGTON (AP) —", "Washington, May 2 —": a place opening a line as a dateline is the city.</summary>
    private static bool IsDatelineShaped(AnalyzedText text, int first, int end, string? after) =>
        WordShape.IsAllCapitals(text.SpanText(first, end)) || after is "," or "(" or "—" or "–" or "-";
}
