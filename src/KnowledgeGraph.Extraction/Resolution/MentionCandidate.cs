using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Resolution;

/// <summary>A name occurrence waiting to be clustered: its tokens, kind, and gazetteer identity when it has one.</summary>
internal sealed record MentionCandidate(int FirstToken, int EndToken, EntityKind Kind, string Surface, string[] FoldedWords, string? KnownName)
{
    public int WordCount => FoldedWords.Length;

    /// <summary>The folded words joined by spaces: what exact matching compares.</summary>
    public string FoldedName { get; } = string.Join(' ', FoldedWords);
}
