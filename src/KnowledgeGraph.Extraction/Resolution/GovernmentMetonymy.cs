using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Tagging;

namespace KnowledgeGraph.Extraction.Resolution;

/// <summary>
/// Tells a capital used for its country's government ("Washington claimed", "Washington’s offensive", "tensions with
/// Caracas") from the city itself ("talks in Washington", "Moscow’s metro", "Paris will host the marathon"). The
/// government reading needs a cue that only a government gives: a verb of saying or of policy of which the name is the
/// subject, a possessive before a word of policy, or "with" or "against" before it. Without one the city is meant, so
/// a doubtful case stays the place it names. Verbs any city can be the subject of ("has", "will") are not cues.
/// </summary>
public sealed class GovernmentMetonymy(Gazetteer gazetteer)
{
    /// <summary>Words before a place name that make it a location, whatever follows.</summary>
    private static readonly HashSet<string> Locative = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "to", "from", "into", "near", "outside", "around", "across", "toward", "towards", "via", "through",
        "throughout", "within", "inside", "visit", "visits", "visited", "visiting", "of", "between",
    };

    /// <summary>Words before a name that make it a party to a dealing: "agreed with Washington", "sanctions against Moscow".</summary>
    private static readonly HashSet<string> TakesAParty = new(StringComparer.OrdinalIgnoreCase) { "with", "against" };

    /// <summary>Verbs of policy a government is the subject of; verbs of saying come from the gazetteer.</summary>
    private static readonly HashSet<string> PolicyVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "accused", "accuses", "demanded", "demands", "imposed", "imposes", "threatened", "threatens", "rejected",
        "rejects", "sanctioned", "urged", "urges", "pressed", "presses", "denied", "denies", "refused", "refuses",
        "expelled", "expels", "vetoed", "condemned", "condemns", "retaliated", "responded", "responds", "blamed",
        "blames", "backed", "backs", "wants", "wanted", "sought", "seeks", "recognized", "recognised", "protested",
    };

    /// <summary>Nouns after "Washington’s" that belong to a government, not a city ("Moscow’s metro" is the city's).</summary>
    private static readonly HashSet<string> PolicyNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "position", "policy", "policies", "demand", "demands", "desire", "offensive", "response", "decision", "support",
        "stance", "approach", "ally", "allies", "relations", "relationship", "pressure", "threat", "threats", "sanctions",
        "request", "proposal", "claim", "claims", "plan", "strategy", "role", "influence", "backing", "patience", "envoy",
        "ambassador", "diplomats", "officials", "government", "administration", "military", "forces", "troops",
        "campaign", "crackdown", "concerns", "interests", "objections", "refusal", "insistence", "priorities", "efforts",
        "agenda", "terms", "offer", "message", "warning", "intervention", "involvement", "retaliation", "tariffs",
        "withdrawal", "recognition", "accusations", "ultimatum",
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

        if (after is "state" or "State" || (after is not null && IsDatelineShaped(text, first, end, after)))
        {
            return false; // "Washington state", "WASHINGTON (AP) —"
        }

        if (after is not null && WordShape.IsPossessiveMarker(after, text.TokenText(end - 1)))
        {
            return end + 1 < sentence.EndToken && PolicyNouns.Contains(text.TokenText(end + 1));
        }

        return (after is not null && (gazetteer.IsSpeechVerb(after) || PolicyVerbs.Contains(after)))
            || (before is not null && TakesAParty.Contains(before));
    }

    /// <summary>"WASHINGTON (AP) —", "Washington, May 2 —": a place opening a line as a dateline is the city.</summary>
    private static bool IsDatelineShaped(AnalyzedText text, int first, int end, string after) =>
        text.FirstWordOfSentence(text.SentenceOfToken[first]) == first
        && (WordShape.IsAllCapitals(text.SpanText(first, end)) || after is "," or "(" or "—" or "–" or "-");
}
