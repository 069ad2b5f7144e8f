namespace KnowledgeGraph.Extraction.Relations;

/// <summary>Where a cue phrase matched: how many tokens it covers (0 for no match) and whether its row was tagged.</summary>
/// <param name="Length">Tokens covered; 0 when nothing matched.</param>
/// <param name="Tagged">True when the matched row carries a tag (a plan rather than a fact, for verbs of travel).</param>
/// <param name="Tag">The tag as written in the cue file, or null.</param>
internal readonly record struct PhraseMatch(int Length, bool Tagged, string? Tag)
{
    public static PhraseMatch None => default;

    public bool Success => Length > 0;
}
