namespace KnowledgeGraph.Core;

/// <summary>
/// A half-open character range <c>[Start, End)</c> into a document's cleaned text.
/// Half-open so that lengths are <c>End - Start</c> and adjacent spans share a boundary without overlap.
/// </summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    public string Slice(string text) => text.Substring(Start, Length);
}
