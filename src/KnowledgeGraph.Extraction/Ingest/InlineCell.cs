namespace KnowledgeGraph.Extraction.Ingest;

/// <summary>
/// One character of a Markdown line on its way to plain text, with whether it may still act as markup. Escaped
/// characters, code span text and autolink URLs are text only, so later steps must not read them as syntax.
/// Carrying that flag beside the character keeps every character of the input, private-use ones included, intact.
/// </summary>
internal readonly record struct InlineCell(char Value, bool CanBeMarkup)
{
    /// <summary>True when this is <paramref name="markup"/> acting as markup.</summary>
    public bool Is(char markup) => CanBeMarkup && Value == markup;

    /// <summary>
    /// For every position i (and one past the end), the first index at or after i whose cell passes
    /// <paramref name="test"/>, or -1. Answering "where is the next ]?" in constant time keeps every scan linear.
    /// </summary>
    public static int[] NextIndexWhere(IReadOnlyList<InlineCell> cells, Func<InlineCell, bool> test)
    {
        var next = new int[cells.Count + 1];
        next[cells.Count] = -1;
        for (var i = cells.Count - 1; i >= 0; i--)
        {
            next[i] = test(cells[i]) ? i : next[i + 1];
        }

        return next;
    }
}
