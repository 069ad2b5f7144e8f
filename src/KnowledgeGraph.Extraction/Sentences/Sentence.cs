using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Sentences;

/// <summary>A sentence as a view: the half-open token range it covers and its character span.</summary>
public readonly record struct Sentence(int FirstToken, int EndToken, TextSpan Span)
{
    public int TokenCount => EndToken - FirstToken;
}
