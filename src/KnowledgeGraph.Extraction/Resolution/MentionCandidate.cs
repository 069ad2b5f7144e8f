using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Resolution;

/// <summary>A name occurrence waiting to be clustered: its tokens, kind, and gazetteer identity when it has one.</summary>
internal sealed record MentionCandidate(int FirstToken, int EndToken, EntityKind Kind, string Surface, string[] FoldedWords, string? KnownName)
{
    public int WordCount => FoldedWords.Length;

    /// <summary>
    /// A capital's name used for its country's government ("Washington claimed"): a mention of the country, whose
    /// printed form must not become a key of the country, or later documents would find the country under the city's name.
    /// </summary>
    public bool StandsForGovernment { get; init; }

    /// <summary>The folded words joined by spaces: what exact matching compares.</summary>
    public string FoldedName { get; } = string.Join(' ', FoldedWords);
}
