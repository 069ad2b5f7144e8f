using System.Text.RegularExpressions;
using KnowledgeGraph.Extraction.Time;

namespace KnowledgeGraph.Extraction.Cleaning;

/// <summary>
/// Tells a line that is about the date ("Published Sept. 3, 2025", "Wednesday, September 3, 2025 | 10:04 a.m.")
/// from a story sentence that mentions one ("Councillor Brandt recalled the fire of March 3, 1998."). Only the first is
/// a publication date; the second is news.
/// </summary>
public static class PublicationDateLine
{
    private const int LongestDateLine = 80;

    private static readonly Regex Label = new(
        @"^(?:published|updated|posted|last updated|date)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    // What sits beside a date on a date line without being a story: weekday, clock time, a.m./p.m.
    private static readonly Regex DateCompanion = new(
        @"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b" +
        @"|\b[0-9]{1,2}(?:[:.][0-9]{2}){1,2}\b" +
        @"|\b[ap]\.?m\b\.?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    // Time zones ("CET", "EDT", "GMT") are short capitalised words.
    private const int LongestTimeZone = 4;

    /// <summary>
    /// The date <paramref name="line"/> is about, or null when it is long, ends like a sentence, or holds more
    /// story than date: fewer letters and digits in the date than in the rest once weekday, clock time, a.m./p.m.
    /// and time zone are set aside. A line that opens with a label ("Published", "Updated", "Posted") needs no more
    /// than a date.
    /// </summary>
    public static DateOnly? DateOf(string line)
    {
        var text = line.Trim();
        if (text.Length > LongestDateLine || EndsLikeASentence(text) || AbsoluteDateParser.FindFirstWritten(text) is not { } written)
        {
            return null;
        }

        if (Label.IsMatch(text))
        {
            return written.Date;
        }

        var rest = DateCompanion.Replace(text[..written.Start] + " " + text[written.End..], " ");
        return StoryCharacters(text[written.Start..written.End]) > StoryCharacters(rest) ? written.Date : null;
    }

    // "10:04 a.m." ends in a full stop but is a time, not a sentence.
    private static bool EndsLikeASentence(string text) =>
        text.Length > 0 && text[^1] is '.' or '!' or '?'
        && !text.EndsWith("a.m.", StringComparison.OrdinalIgnoreCase)
        && !text.EndsWith("p.m.", StringComparison.OrdinalIgnoreCase);

    /// <summary>Letters and digits, leaving out words that look like time zones.</summary>
    private static int StoryCharacters(string text)
    {
        var count = 0;
        var wordStart = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && wordStart < 0)
            {
                wordStart = i;
            }
            else if (!inWord && wordStart >= 0)
            {
                var word = text.AsSpan(wordStart, i - wordStart);
                count += IsTimeZone(word) ? 0 : word.Length;
                wordStart = -1;
            }
        }

        return count;
    }

    private static bool IsTimeZone(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > LongestTimeZone)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
