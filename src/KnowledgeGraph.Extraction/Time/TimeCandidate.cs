using KnowledgeGraph.Core.Facts;

namespace KnowledgeGraph.Extraction.Time;

/// <summary>
/// A time expression one form proposes before the longest non-overlapping ones are chosen: the tokens it covers
/// [<see cref="FirstToken"/>, <see cref="EndToken"/>), the characters [<see cref="Start"/>, <see cref="End"/>), and
/// either its date or, for "a day later" and the like, the <see cref="Shift"/> from an anchor chosen afterwards.
/// </summary>
internal readonly record struct TimeCandidate(
    int FirstToken,
    int EndToken,
    int Start,
    int End,
    FactDate Date,
    bool IsRelative,
    AnchoredShift? Shift)
{
    public int Length => End - Start;
}
