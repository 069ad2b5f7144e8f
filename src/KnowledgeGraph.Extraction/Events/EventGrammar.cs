using System.Collections.Frozen;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// The closed-class words the event rules read a sentence by: determiners, auxiliaries, prepositions, the words that open
/// a clause. They are the grammar of English rather than a list of things, so they live with the rules that use them;
/// the open-class words (triggers, context words) are data in event-triggers.tsv.
/// </summary>
internal static class EventGrammar
{
    /// <summary>Words that open a noun phrase. A trigger right after one is read as a noun ("the visit").</summary>
    public static readonly FrozenSet<string> Determiners = Set(
        "a", "an", "the", "this", "these", "those", "another", "his", "her", "their", "its", "our", "my", "your", "some",
        "any", "several", "both", "each", "every", "no");

    /// <summary>Determiners that point back at something already told: "the meeting", "their talks" may repeat an event.</summary>
    public static readonly FrozenSet<string> DefiniteDeterminers = Set(
        "the", "this", "these", "those", "that", "his", "her", "their", "its", "our", "my", "your");

    /// <summary>Possessive pronouns, which stand for the subject of their clause: "Ruiz began her tour".</summary>
    public static readonly FrozenSet<string> PossessivePronouns = Set("his", "her", "their", "its");

    /// <summary>Singular personal subject pronouns, resolved to the person in focus.</summary>
    public static readonly FrozenSet<string> PersonalPronouns = Set("he", "she");

    /// <summary>Subject pronouns that name no one the rules can resolve: "we agreed" has a subject, just not a name.</summary>
    public static readonly FrozenSet<string> OtherSubjectPronouns = Set("we", "they", "i", "you", "it");

    /// <summary>Forms of "be": before a past participle they make it passive ("was arrested").</summary>
    public static readonly FrozenSet<string> BeForms = Set("is", "are", "was", "were", "be", "been", "being", "am");

    /// <summary>Auxiliaries and modals a subject stands apart from its verb by ("Ruiz will meet", "Berg has visited").</summary>
    public static readonly FrozenSet<string> Auxiliaries = Set(
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does", "did",
        "will", "would", "can", "could", "should", "may", "might", "must", "shall", "to");

    /// <summary>Words after which a trigger is a verb: "to visit", "will meet", "she visited".</summary>
    public static readonly FrozenSet<string> VerbOpeners = Set(
        "to", "will", "would", "can", "could", "should", "may", "might", "must", "shall", "did", "does", "do", "not",
        "n't", "he", "she", "they", "we", "i", "it", "who");

    /// <summary>Words that deny the trigger that follows within a few words: "did not meet", "no talks", "never visited".</summary>
    public static readonly FrozenSet<string> Negations = Set("not", "n't", "no", "never", "without", "nor", "neither");

    /// <summary>
    /// Words that open another clause; neither participants nor dates reach across them ("The meeting came as Trump
    /// expanded ..." does not make Trump a participant).
    /// </summary>
    public static readonly FrozenSet<string> ClauseOpeners = Set(
        "that", "which", "who", "whom", "whose", "where", "when", "while", "whereas", "because", "although", "though",
        "unless", "if", "as", "since", "but", "whether", "until");

    /// <summary>
    /// Prepositions that relate two happenings ("met after the strike", "agreed during the visit"): participants do not
    /// reach across them, dates may.
    /// </summary>
    public static readonly FrozenSet<string> EventPrepositions = Set(
        "after", "before", "following", "amid", "amidst", "despite", "during", "ahead", "throughout");

    /// <summary>Words before a gerund that make it an adjunct of the main clause: "After meeting Berg, Ruiz said".</summary>
    public static readonly FrozenSet<string> GerundOpeners = Set("after", "before", "while", "since", "upon", "when", "without");

    /// <summary>Prepositions that open a fronted adjunct whose subject took part: "In a speech, Ruiz said".</summary>
    public static readonly FrozenSet<string> AdjunctPrepositions = Set("in", "during", "at", "after", "following", "before", "on", "amid");

    /// <summary>Participles that link a noun trigger to its participants: "The meeting, held in Lima, was attended by".</summary>
    public static readonly FrozenSet<string> LinkingParticiples = Set(
        "held", "attended", "hosted", "chaired", "led", "organized", "organised", "convened", "staged", "called", "also",
        "jointly");

    /// <summary>Adverbs that may stand between a meeting verb and what follows without being its object ("met again").</summary>
    public static readonly FrozenSet<string> LooseAdverbs = Set(
        "again", "twice", "once", "today", "yesterday", "tomorrow", "here", "there", "later", "earlier", "alone", "also",
        "first", "briefly", "then", "together", "virtually");

    /// <summary>Prepositions that say how the entity after them takes part.</summary>
    public static readonly FrozenDictionary<string, ArgumentSlot> Prepositions = new Dictionary<string, ArgumentSlot>(StringComparer.Ordinal)
    {
        ["with"] = ArgumentSlot.With,
        ["between"] = ArgumentSlot.With,
        ["among"] = ArgumentSlot.With,
        ["alongside"] = ArgumentSlot.With,
        ["by"] = ArgumentSlot.By,
        ["of"] = ArgumentSlot.Of,
        ["to"] = ArgumentSlot.To,
        ["on"] = ArgumentSlot.Against,
        ["against"] = ArgumentSlot.Against,
        ["in"] = ArgumentSlot.InAt,
        ["at"] = ArgumentSlot.InAt,
        ["from"] = ArgumentSlot.From,
        ["for"] = ArgumentSlot.None,
        ["about"] = ArgumentSlot.None,
        ["over"] = ArgumentSlot.None,
        ["into"] = ArgumentSlot.None,
        ["toward"] = ArgumentSlot.None,
        ["towards"] = ArgumentSlot.None,
        ["across"] = ArgumentSlot.None,
        ["near"] = ArgumentSlot.None,
        ["off"] = ArgumentSlot.None,
        ["through"] = ArgumentSlot.None,
        ["via"] = ArgumentSlot.None,
        ["under"] = ArgumentSlot.None,
        ["within"] = ArgumentSlot.None,
        ["without"] = ArgumentSlot.None,
        ["like"] = ArgumentSlot.None,
        ["including"] = ArgumentSlot.None,
        ["regarding"] = ArgumentSlot.None,
        ["concerning"] = ArgumentSlot.None,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words that join names into one group: "Ruiz and Berg", "Chile, Peru and Bolivia".</summary>
    public static readonly FrozenSet<string> Conjunctions = Set("and", "or", ",", "&", "nor");

    /// <summary>
    /// Punctuation that closes a clause, and quotation marks: nothing in a quotation takes part in an event reported
    /// outside it, and the other way round.
    /// </summary>
    public static readonly FrozenSet<string> ClausePunctuation = Set(
        ";", ":", "(", ")", "[", "]", "—", "–", "-", "--", "\"", "“", "”", "«", "»", "‘", "’", "'", "…", "...", "•", "|",
        "?", "!", ".");

    /// <summary>Possessive endings as the tokenizer splits them off: "Rubio’s" is "Rubio" + "’s".</summary>
    public static readonly FrozenSet<string> PossessiveEndings = Set("'s", "’s", "'", "’");

    public static bool IsCapitalized(string word) => word.Length > 0 && char.IsUpper(word[0]);

    public static bool IsNumber(string word) => word.Length > 0 && char.IsAsciiDigit(word[0]);

    /// <summary>An adverb by its ending ("reportedly", "jointly"); lets a verb stand apart from its subject or object.</summary>
    public static bool IsLyAdverb(string lowerWord) => lowerWord.Length > 4 && lowerWord.EndsWith("ly", StringComparison.Ordinal);

    /// <summary>
    /// A word that may be an adjective inside a noun phrase ("the inaugural tour", "a deadly strike"). Words ending like
    /// verbs ("imposed", "faces") are not: before a noun trigger they more often end a clause than describe the noun.
    /// </summary>
    public static bool MayBeAdjective(string lowerWord) =>
        lowerWord.Length > 1
        && char.IsLetter(lowerWord[0])
        && !lowerWord.EndsWith("ed", StringComparison.Ordinal)
        && !lowerWord.EndsWith('s')
        && !Auxiliaries.Contains(lowerWord)
        && !Prepositions.ContainsKey(lowerWord)
        && !ClauseOpeners.Contains(lowerWord)
        && !Determiners.Contains(lowerWord)
        && !DefiniteDeterminers.Contains(lowerWord);

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
