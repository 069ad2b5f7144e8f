namespace KnowledgeGraph.Extraction.Tagging;

/// <summary>
/// Lower-case words that may sit inside a capitalised name: name particles ("Juan Ramón de la Fuente",
/// "Pieter van der Berg") and the function words of institution names ("Ministry of Foreign Affairs").
/// </summary>
public static class NameConnectors
{
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "la", "del", "della", "los", "las", "van", "der", "den", "von", "di", "da", "du", "dos", "das", "le", "bin", "ibn", "al", "el", "ter", "zu",
    };

    // Not "and": it coordinates two names far more often than it sits inside one ("Chile and Argentina").
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal) { "of", "for", "the", "&" };

    // Span lookups, so that the tagger's features can ask about a word without making a string of it.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ParticleSpans = Particles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWordSpans = FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A particle of a personal name; matched in any case because "De la Fuente" opens a sentence.</summary>
    public static bool IsParticle(ReadOnlySpan<char> word) => ParticleSpans.Contains(word);

    /// <summary>A function word of institution names ("of", "for", "the", "&amp;"); never the edge of a name.</summary>
    public static bool IsFunctionWord(ReadOnlySpan<char> word) => FunctionWordSpans.Contains(word);

    /// <summary>A lower-case word that can join two capitalised parts of one name.</summary>
    public static bool CanJoin(ReadOnlySpan<char> word) =>
        IsFunctionWord(word) || (IsParticle(word) && char.IsLower(word[0]));
}
