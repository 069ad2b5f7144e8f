using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Tokenization;

/// <summary>
/// A token as a view over the document text: half-open character offsets, no copied string.
/// <see cref="LineStart"/> records that a line break precedes the token, which ends sentences and names.
/// </summary>
public readonly record struct Token(int Start, int End, bool LineStart)
{
    public int Length => End - Start;

    public TextSpan Span => new(Start, End);

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);
}
