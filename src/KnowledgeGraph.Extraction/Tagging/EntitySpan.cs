using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Tagging;

/// <summary>
/// A name the tagger found: the half-open token range <c>[FirstToken, EndToken)</c> and its kind.
/// As in CoNLL-2003, a span holds the name only: no title ("President"), no possessive "'s".
/// </summary>
public readonly record struct EntitySpan(int FirstToken, int EndToken, EntityKind Kind)
{
    public int TokenCount => EndToken - FirstToken;
}
