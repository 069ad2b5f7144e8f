using System.Collections;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// A run of an <see cref="AnalyzedText"/>'s tokens read as strings, for rules written over word lists. A view: a word's
/// string is made when a rule first reads it (<see cref="AnalyzedText.TokenText"/>), so a rule that looks at a few
/// words around each name costs a few strings, not one per token of the sentence.
/// </summary>
internal sealed class TokenTexts(AnalyzedText text, int first, int count) : IReadOnlyList<string>
{
    public int Count => count;

    public string this[int index] =>
        (uint)index < (uint)count ? text.TokenText(first + index) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
        {
            yield return text.TokenText(first + i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
