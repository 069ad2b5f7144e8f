using System.Collections.Frozen;

namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>
/// The closed-class words an attribution is built from: determiners, the words that make a name an object rather
/// than a subject, the pronouns that can stand for a speaker and the adverbs that sit between a speaker and the verb
/// ("Rubio also said"). They are grammar rather than vocabulary, which is why they live here and not in a gazetteer.
/// </summary>
internal static class AttributionWords
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners = Lookup(
        "the", "a", "an", "his", "her", "its", "their", "our", "this");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IndefiniteArticles = Lookup("a", "an");

    /// <summary>
    /// A name right after one of these is not the subject of the verb: the object of a preposition ("an aide to Rubio
    /// said") or the second of two names ("Rubio and Ruiz said", where the first stands for both).
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NonSubjectMarkers = Lookup(
        "of", "for", "to", "with", "by", "from", "at", "in", "on", "about", "against", "between", "among", "toward",
        "towards", "under", "over", "like", "than", "into", "after", "before", "during", "without", "via", "per", "and", "or");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Adverbs = Lookup(
        "also", "later", "then", "again", "once", "too", "now", "previously", "separately", "meanwhile", "still", "further",
        "earlier", "yesterday", "today");

    /// <summary>The head of "the U.S. official said": not a title, but it names a person in office all the same.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OfficeHolders = Lookup("official");

    public static bool IsDeterminer(ReadOnlySpan<char> word) => Determiners.Contains(word);

    public static bool IsIndefiniteArticle(ReadOnlySpan<char> word) => IndefiniteArticles.Contains(word);

    public static bool MarksNonSubject(ReadOnlySpan<char> word) => NonSubjectMarkers.Contains(word);

    /// <summary>An adverb that can sit inside an attribution ("she later said", "the ministry separately said").</summary>
    public static bool IsAdverb(ReadOnlySpan<char> word) =>
        Adverbs.Contains(word) || (word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(word[0]));

    public static bool IsOfficeHolder(ReadOnlySpan<char> word) => OfficeHolders.Contains(word);

    /// <summary>
    /// The gender a subject pronoun asks of its speaker (<see cref="PersonGender.Unknown"/> for "they"); null when the
    /// word is no such pronoun.
    /// </summary>
    public static PersonGender? PronounGender(ReadOnlySpan<char> word) =>
        word.Equals("he", StringComparison.OrdinalIgnoreCase) ? PersonGender.Male
        : word.Equals("she", StringComparison.OrdinalIgnoreCase) ? PersonGender.Female
        : word.Equals("they", StringComparison.OrdinalIgnoreCase) ? PersonGender.Unknown
        : null;

    /// <summary>"’s" or "'s" (and the bare apostrophe of "the States’"), which make the word before it a possessor.</summary>
    public static bool IsPossessiveMarker(ReadOnlySpan<char> token) =>
        token is "’s" or "'s" or "’S" or "'S" or "’" or "'";

    /// <summary>"according" in "according to": an attribution without a verb of saying.</summary>
    public static bool IsAccording(ReadOnlySpan<char> word) => word.Equals("according", StringComparison.OrdinalIgnoreCase);

    public static bool IsTo(ReadOnlySpan<char> word) => word.Equals("to", StringComparison.OrdinalIgnoreCase);

    public static bool IsThat(ReadOnlySpan<char> word) => word.Equals("that", StringComparison.OrdinalIgnoreCase);

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
