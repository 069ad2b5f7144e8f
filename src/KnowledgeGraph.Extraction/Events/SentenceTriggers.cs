namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// The triggers of one sentence indexed by token, so that the readers ask "does another happening start here?" in
/// constant time however many triggers a long sentence holds.
/// </summary>
internal sealed class SentenceTriggers
{
    private readonly int _first;
    private readonly EventOccurrence?[] _covering;

    public SentenceTriggers(int first, int end, IReadOnlyList<EventOccurrence> occurrences)
    {
        _first = first;
        _covering = new EventOccurrence?[Math.Max(0, end - first)];
        foreach (var occurrence in occurrences)
        {
            for (var k = occurrence.First; k < occurrence.End; k++)
            {
                _covering[k - first] = occurrence;
            }
        }
    }

    /// <summary>The trigger whose words include <paramref name="token"/>, or null.</summary>
    public EventOccurrence? Covering(int token) =>
        token >= _first && token - _first < _covering.Length ? _covering[token - _first] : null;
}
