namespace KnowledgeGraph.Extraction.Ner;

/// <summary>The words of one sentence of a <see cref="DocumentWords"/>: a view, nothing copied.</summary>
public readonly struct SentenceWords
{
    private readonly DocumentWords _document;
    private readonly int _first;

    internal SentenceWords(DocumentWords document, int first, int count)
    {
        _document = document;
        _first = first;
        Count = count;
    }

    public int Count { get; }

    public ReadOnlySpan<char> this[int index] =>
        (uint)index < (uint)Count ? _document.Word(_first + index) : throw new ArgumentOutOfRangeException(nameof(index));
}
