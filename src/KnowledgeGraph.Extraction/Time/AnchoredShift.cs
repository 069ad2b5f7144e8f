using KnowledgeGraph.Core.Facts;

namespace KnowledgeGraph.Extraction.Time;

/// <summary>
/// "two days earlier", "a day after the vote": a distance from another date rather than a date. The anchor is the
/// nearest day-dated expression before it within <see cref="Scope"/>, or the document's date when there is none.
/// </summary>
/// <param name="Amount">Signed count of <paramref name="Unit"/> to add to the anchor.</param>
/// <param name="Unit">Day (weeks are counted in days), month or year; the result has that precision.</param>
/// <param name="Scope">How far back the anchor may be.</param>
internal readonly record struct AnchoredShift(int Amount, DatePrecision Unit, AnchorScope Scope);
