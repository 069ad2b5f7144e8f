namespace KnowledgeGraph.Extraction.Ingest;

/// <summary>
/// The first step of inline stripping: a line becomes cells, with backslash escapes ("\*") and code spans
/// ("`a*b`", ticks removed) turned into text that no later step treats as markup. Code spans bind tighter than
/// any other inline markup, and backslashes inside them are literal, as in CommonMark.
/// </summary>
internal static class MarkdownEscapesAndCodeSpans
{
    public static List<InlineCell> ToCells(string line)
    {
        var cells = new List<InlineCell>(line.Length);
        var closers = BacktickRunsByLength(line);
        var i = 0;
        while (i < line.Length)
        {
            if (line[i] == '\\' && i + 1 < line.Length && IsAsciiPunctuation(line[i + 1]))
            {
                cells.Add(new InlineCell(line[i + 1], CanBeMarkup: false));
                i += 2;
                continue;
            }

            if (line[i] != '`')
            {
                cells.Add(new InlineCell(line[i], CanBeMarkup: true));
                i++;
                continue;
            }

            var length = RunLength(line, i);
            var closer = NextRunStart(closers, length, i + length);
            // An opening run without a closing run of the same length is just backticks.
            var (textStart, textEnd) = closer < 0 ? (i, i + length) : (i + length, closer);
            for (var k = textStart; k < textEnd; k++)
            {
                cells.Add(new InlineCell(line[k], CanBeMarkup: false));
            }

            i = closer < 0 ? i + length : closer + length;
        }

        return cells;
    }

    private static bool IsAsciiPunctuation(char c) => c is (>= '!' and <= '/') or (>= ':' and <= '@') or (>= '[' and <= '`') or (>= '{' and <= '~');

    private static int RunLength(string line, int start)
    {
        var end = start;
        while (end < line.Length && line[end] == '`')
        {
            end++;
        }

        return end - start;
    }

    /// <summary>Where each maximal run of backticks starts, grouped by its length, in order.</summary>
    private static Dictionary<int, Queue<int>> BacktickRunsByLength(string line)
    {
        var runs = new Dictionary<int, Queue<int>>();
        var i = line.IndexOf('`');
        while (i >= 0)
        {
            var length = RunLength(line, i);
            if (!runs.TryGetValue(length, out var starts))
            {
                starts = new Queue<int>();
                runs[length] = starts;
            }

            starts.Enqueue(i);
            i = line.IndexOf('`', i + length);
        }

        return runs;
    }

    // Openers are met left to right, so runs before the current position are never wanted again and can be
    // dropped: each run is looked at a bounded number of times, however many openers fail.
    private static int NextRunStart(Dictionary<int, Queue<int>> runs, int length, int from)
    {
        if (!runs.TryGetValue(length, out var starts))
        {
            return -1;
        }

        while (starts.Count > 0 && starts.Peek() < from)
        {
            starts.Dequeue();
        }

        return starts.Count > 0 ? starts.Peek() : -1;
    }
}
