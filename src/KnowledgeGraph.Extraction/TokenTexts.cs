using System.Collections;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// A run of an <see cref="AnalyzedText"/>'s tokens read as strings, as written or in lower case, for rules written over
/// word lists. A view: a word's string is made when a rule first reads it (<see cref="AnalyzedText.TokenText"/>), so a
/// rule that looks at a few words around each name costs a few strings, not one per token of the document.
/// </summary>
internal sealed class TokenTexts(AnalyzedText text, int first, int count, bool lowerCase) : IReadOnlyList<string>
{
    public int Count => count;

    public string this[int index] =>
        (uint)index < (uint)count ? Read(first + index) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
        {
            yield return Read(first + i);
        }
    }

    private string Read(int token) => lowerCase ? text.LowerTokenText(token) : text.TokenText(token);

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
