using System.Text;

namespace KnowledgeGraph.Extraction.Ingest;

/// <summary>
/// Removes emphasis, strong emphasis and strikethrough markers (*, **, _, __, ~~) that open and close around text,
/// by the delimiter-run rules of CommonMark: a left-flanking run opens, a right-flanking run closes, an underscore
/// inside a word does neither (snake_case stays), and "5 * 3" is arithmetic. A single "~" is "about", not markup.
/// One pass over the runs with a stack; a failed search for an opener is remembered so it is never repeated, which
/// keeps a line of a thousand unclosed "**" linear.
/// </summary>
internal static class MarkdownEmphasis
{
    private const string Markers = "*_~";
    private const int StrikeRunLength = 2;

    public static string Remove(List<InlineCell> cells)
    {
        var runs = DelimiterRuns(cells);
        MatchOpenersToClosers(runs);
        return TextWithout(cells, runs);
    }

    private static List<DelimiterRun> DelimiterRuns(List<InlineCell> cells)
    {
        var runs = new List<DelimiterRun>();
        var i = 0;
        while (i < cells.Count)
        {
            var marker = cells[i].Value;
            if (!cells[i].CanBeMarkup || !Markers.Contains(marker))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < cells.Count && cells[i].Is(marker))
            {
                i++;
            }

            if (marker == '~' && i - start != StrikeRunLength)
            {
                continue;
            }

            // The ends of the line count as white space.
            var before = start == 0 ? ' ' : cells[start - 1].Value;
            var after = i == cells.Count ? ' ' : cells[i].Value;
            var leftFlanking = !char.IsWhiteSpace(after) && (!IsPunctuation(after) || char.IsWhiteSpace(before) || IsPunctuation(before));
            var rightFlanking = !char.IsWhiteSpace(before) && (!IsPunctuation(before) || char.IsWhiteSpace(after) || IsPunctuation(after));
            // An underscore run flanked on both sides is inside a word, which it neither opens nor closes.
            var canOpen = marker == '_' ? leftFlanking && (!rightFlanking || IsPunctuation(before)) : leftFlanking;
            var canClose = marker == '_' ? rightFlanking && (!leftFlanking || IsPunctuation(after)) : rightFlanking;
            var run = new DelimiterRun(marker, start, i - start, canOpen, canClose, runs.Count);
            if (runs.Count > 0)
            {
                run.Previous = runs[^1];
                runs[^1].Next = run;
            }

            runs.Add(run);
        }

        return runs;
    }

    /// <summary>CommonMark's "process emphasis", keeping only how many markers each run gives up at each end.</summary>
    private static void MatchOpenersToClosers(List<DelimiterRun> runs)
    {
        // Per kind of closer: runs at or below this position were searched for it and cannot open it.
        var searchedUpTo = new int[Markers.Length * 2 * 3];
        Array.Fill(searchedUpTo, -1);
        var closer = runs.Count > 0 ? runs[0] : null;
        while (closer is not null)
        {
            if (!closer.CanClose)
            {
                closer = closer.Next;
                continue;
            }

            var kind = KindOf(closer);
            var opener = closer.Previous;
            while (opener is not null && opener.Order > searchedUpTo[kind] && !CanPair(opener, closer))
            {
                opener = opener.Previous;
            }

            if (opener is null || opener.Order <= searchedUpTo[kind])
            {
                searchedUpTo[kind] = closer.Order - 1;
                var next = closer.Next;
                if (!closer.CanOpen)
                {
                    closer.Unlink();
                }

                closer = next;
                continue;
            }

            var used = closer.Marker == '~' || (opener.Remaining >= 2 && closer.Remaining >= 2) ? 2 : 1;
            opener.Remaining -= used;
            opener.TakenFromEnd += used;
            closer.Remaining -= used;
            closer.TakenFromStart += used;
            // Runs between the pair can no longer pair with anything outside it.
            opener.Next = closer;
            closer.Previous = opener;
            if (opener.Remaining == 0)
            {
                opener.Unlink();
            }

            if (closer.Remaining == 0)
            {
                var next = closer.Next;
                closer.Unlink();
                closer = next;
            }
        }
    }

    private static bool CanPair(DelimiterRun opener, DelimiterRun closer)
    {
        if (!opener.CanOpen || opener.Marker != closer.Marker)
        {
            return false;
        }

        // CommonMark's "rule of three" keeps "*a**b*" from pairing the wrong way round.
        var eitherGoesBothWays = opener.CanClose || closer.CanOpen;
        var lengths = opener.Length + closer.Length;
        return !eitherGoesBothWays || lengths % 3 != 0 || (opener.Length % 3 == 0 && closer.Length % 3 == 0);
    }

    // Whether an opener can pair depends on the closer only through these: its marker, whether it can also open,
    // and its length modulo three.
    private static int KindOf(DelimiterRun closer) =>
        (Markers.IndexOf(closer.Marker) * 2 + (closer.CanOpen ? 1 : 0)) * 3 + closer.Length % 3;

    private static string TextWithout(List<InlineCell> cells, List<DelimiterRun> runs)
    {
        var removed = new bool[cells.Count];
        foreach (var run in runs)
        {
            removed.AsSpan(run.Start, run.TakenFromStart).Fill(true);
            removed.AsSpan(run.Start + run.Length - run.TakenFromEnd, run.TakenFromEnd).Fill(true);
        }

        var text = new StringBuilder(cells.Count);
        for (var i = 0; i < cells.Count; i++)
        {
            if (!removed[i])
            {
                text.Append(cells[i].Value);
            }
        }

        return text.ToString();
    }

    // CommonMark counts symbols as punctuation too, so "*$5*" is emphasis.
    private static bool IsPunctuation(char c) => char.IsPunctuation(c) || char.IsSymbol(c);

    /// <summary>A run of one marker character, and how much of it has been used to open or close.</summary>
    private sealed class DelimiterRun(char marker, int start, int length, bool canOpen, bool canClose, int order)
    {
        public char Marker { get; } = marker;

        public int Start { get; } = start;

        public int Length { get; } = length;

        public bool CanOpen { get; } = canOpen;

        public bool CanClose { get; } = canClose;

        /// <summary>Position among the runs of the line, so "below" means the same however the stack has shrunk.</summary>
        public int Order { get; } = order;

        public int Remaining { get; set; } = length;

        public int TakenFromStart { get; set; }

        public int TakenFromEnd { get; set; }

        public DelimiterRun? Previous { get; set; }

        public DelimiterRun? Next { get; set; }

        public void Unlink()
        {
            if (Previous is not null)
            {
                Previous.Next = Next;
            }

            if (Next is not null)
            {
                Next.Previous = Previous;
            }
        }
    }
}
