using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>
/// Finds the passages between quotation marks, one paragraph at a time: straight and curly double quotes (mixed, as
/// copy often mixes them), guillemets, and single quotes only where they cannot be apostrophes ("Rubio’s", "don’t",
/// "'90s" never open or close one). A mark left open does not swallow the rest of the text: a passage ends with its
/// paragraph and is at most <see cref="LongestQuote"/> characters long, and one left open at the end of its paragraph
/// is kept only when the next paragraph opens with a quotation mark. One pass over each line; each family of marks
/// remembers how far it has already looked for a closing mark, so no character is read more than a few times.
/// </summary>
internal static class QuotationScanner
{
    /// <summary>Longer than any quotation a paragraph holds; a "quote" longer than this is a stray mark.</summary>
    public const int LongestQuote = 1500;

    private enum Family
    {
        None,
        Double,
        Guillemet,
        Single,
    }

    private enum Outcome
    {
        Closed,
        Reopened,
        EndOfParagraph,
        TooLong,
    }

    public static List<QuotedPassage> Scan(string text, TextLines lines)
    {
        var passages = new List<QuotedPassage>();
        for (var line = 0; line < lines.Count; line++)
        {
            ScanLine(text, lines, line, passages);
        }

        return passages;
    }

    private static void ScanLine(string text, TextLines lines, int line, List<QuotedPassage> passages)
    {
        var start = lines.Start(line);
        var end = lines.End(line);

        // Per family: everything before this offset is known to hold no closing mark for a mark opened earlier.
        Span<int> searchedUpTo = stackalloc int[4];
        searchedUpTo.Fill(start);
        var position = start;
        while (position < end)
        {
            var family = OpeningFamily(text, position, start, end);
            if (family == Family.None)
            {
                position++;
                continue;
            }

            var (outcome, at) = FindClose(text, position, family, start, end, searchedUpTo);
            switch (outcome)
            {
                case Outcome.Closed:
                    Add(text, position, at + 1, position + 1, at, false, passages);
                    position = at + 1;
                    break;
                case Outcome.Reopened:
                    position = at;
                    break;
                case Outcome.EndOfParagraph when family != Family.Single && NextParagraphOpensWithQuote(text, lines, line):
                    Add(text, position, lines.ContentEnd(line), position + 1, lines.ContentEnd(line), true, passages);
                    position = end;
                    break;
                default:
                    searchedUpTo[(int)family] = at;
                    position++;
                    break;
            }
        }
    }

    private static void Add(string text, int openMark, int closeMarkEnd, int wordsStart, int wordsEnd, bool runsOn, List<QuotedPassage> passages)
    {
        while (wordsStart < wordsEnd && char.IsWhiteSpace(text[wordsStart]))
        {
            wordsStart++;
        }

        while (wordsEnd > wordsStart && char.IsWhiteSpace(text[wordsEnd - 1]))
        {
            wordsEnd--;
        }

        var words = CountWords(text, wordsStart, wordsEnd);
        if (words > 0)
        {
            passages.Add(new QuotedPassage(openMark, closeMarkEnd, new TextSpan(wordsStart, wordsEnd), words, runsOn));
        }
    }

    /// <summary>Runs of characters between white space that hold a letter or a digit.</summary>
    private static int CountWords(string text, int start, int end)
    {
        var count = 0;
        var inWord = false;
        var wordHasLetter = false;
        for (var i = start; i <= end; i++)
        {
            if (i == end || char.IsWhiteSpace(text[i]))
            {
                if (inWord && wordHasLetter)
                {
                    count++;
                }

                inWord = false;
                wordHasLetter = false;
                continue;
            }

            inWord = true;
            wordHasLetter |= char.IsLetterOrDigit(text[i]);
        }

        return count;
    }

    private static Family OpeningFamily(string text, int i, int lineStart, int lineEnd)
    {
        var c = text[i];
        if (c is not ('“' or '„' or '"' or '«' or '‘' or '\''))
        {
            return Family.None;
        }

        var previous = i > lineStart ? text[i - 1] : ' ';
        var next = i + 1 < lineEnd ? text[i + 1] : ' ';
        if (char.IsWhiteSpace(next))
        {
            return Family.None;
        }

        return c switch
        {
            '“' or '„' => Family.Double,
            '"' => CanPrecedeOpening(previous) ? Family.Double : Family.None, // 6'2" is a measure, not a quote
            '«' => Family.Guillemet,
            _ => CanPrecedeOpening(previous) && char.IsLetter(next) ? Family.Single : Family.None, // never ’90s or Rubio’s
        };
    }

    private static bool CanPrecedeOpening(char c) =>
        char.IsWhiteSpace(c) || c is '(' or '[' or '{' or '—' or '–' or '-' or '/' or ':' or ';' or ',' or '“' or '"' or '«';

    private static (Outcome Outcome, int At) FindClose(string text, int open, Family family, int lineStart, int lineEnd, Span<int> searchedUpTo)
    {
        var limit = Math.Min(lineEnd, open + 1 + LongestQuote);
        for (var j = Math.Max(open + 1, searchedUpTo[(int)family]); j < limit; j++)
        {
            var c = text[j];
            var previous = j > lineStart ? text[j - 1] : ' ';
            var next = j + 1 < lineEnd ? text[j + 1] : ' ';
            var result = family switch
            {
                Family.Double => DoubleMark(c, previous, next),
                Family.Guillemet => c == '»' ? Outcome.Closed : c == '«' ? Outcome.Reopened : (Outcome?)null,
                _ => SingleMark(c, previous, next, j + 2 < lineEnd ? text[j + 2] : ' '),
            };
            if (result is { } outcome)
            {
                return (outcome, j);
            }
        }

        return (limit == lineEnd ? Outcome.EndOfParagraph : Outcome.TooLong, limit);
    }

    /// <summary>
    /// Inside a double quote: ” and a straight mark close it, unless the mark stands where a quotation opens (after a
    /// space, before a word), which means the earlier mark was never closed and a new quotation starts here.
    /// </summary>
    private static Outcome? DoubleMark(char c, char previous, char next) => c switch
    {
        '”' => Outcome.Closed,
        '"' => char.IsWhiteSpace(previous) && char.IsLetterOrDigit(next) ? Outcome.Reopened : Outcome.Closed,
        '“' or '„' => CanPrecedeOpening(previous) && !char.IsWhiteSpace(next) ? Outcome.Reopened : Outcome.Closed,
        _ => null,
    };

    /// <summary>
    /// Inside a single quote: a closing mark must follow a word and be followed by no letter, so the apostrophes of
    /// "don’t" and "Rubio’s" pass by; a plural possessive in running text ("the workers’ union") does not close it either.
    /// </summary>
    private static Outcome? SingleMark(char c, char previous, char next, char afterNext)
    {
        if (c == '‘' || (c == '\'' && char.IsWhiteSpace(previous) && char.IsLetter(next)))
        {
            return CanPrecedeOpening(previous) && char.IsLetter(next) ? Outcome.Reopened : null;
        }

        if (c is not ('’' or '\'') || char.IsWhiteSpace(previous) || char.IsLetterOrDigit(next))
        {
            return null;
        }

        var pluralPossessive = previous == 's' && next == ' ' && char.IsLower(afterNext);
        return pluralPossessive ? null : Outcome.Closed;
    }

    private static bool NextParagraphOpensWithQuote(string text, TextLines lines, int line)
    {
        var next = lines.NextNonBlank(line);
        return next >= 0 && text[lines.ContentStart(next)] is '“' or '"' or '«' or '„';
    }
}
