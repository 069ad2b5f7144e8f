namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>
/// The lines of a text by their offsets. A line is a paragraph for quotation purposes: news copy breaks lines only
/// between paragraphs, and a quote never runs past one unless the next paragraph reopens it.
/// </summary>
internal sealed class TextLines
{
    private readonly string _text;
    private readonly List<int> _starts = [0];

    public TextLines(string text)
    {
        _text = text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _starts.Add(i + 1);
            }
        }
    }

    public int Count => _starts.Count;

    public int Start(int line) => _starts[line];

    /// <summary>Where the line ends, before its line break.</summary>
    public int End(int line) => line + 1 < _starts.Count ? _starts[line + 1] - 1 : _text.Length;

    /// <summary>The line that holds character <paramref name="position"/>.</summary>
    public int LineOf(int position)
    {
        var index = _starts.BinarySearch(position);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>Offset of the first character of the line that is not white space; the line's end when it is blank.</summary>
    public int ContentStart(int line)
    {
        var position = Start(line);
        var end = End(line);
        while (position < end && char.IsWhiteSpace(_text[position]))
        {
            position++;
        }

        return position;
    }

    /// <summary>Offset just past the last character of the line that is not white space.</summary>
    public int ContentEnd(int line)
    {
        var start = Start(line);
        var position = End(line);
        while (position > start && char.IsWhiteSpace(_text[position - 1]))
        {
            position--;
        }

        return position;
    }

    public bool IsBlank(int line) => ContentStart(line) == End(line);

    /// <summary>The next line after <paramref name="line"/> that holds text, or -1.</summary>
    public int NextNonBlank(int line)
    {
        for (var next = line + 1; next < Count; next++)
        {
            if (!IsBlank(next))
            {
                return next;
            }
        }

        return -1;
    }

    /// <summary>The last line before <paramref name="line"/> that holds text, or -1.</summary>
    public int PreviousNonBlank(int line)
    {
        for (var previous = line - 1; previous >= 0; previous--)
        {
            if (!IsBlank(previous))
            {
                return previous;
            }
        }

        return -1;
    }
}
