using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Cleaning;

/// <summary>
/// Reads the author names from a byline: "By Ethan Brooks" → "Ethan Brooks", "By Jane Doe and John Roe" →
/// "Jane Doe and John Roe", "By JANE DOE, Reuters" → "JANE DOE". Names are returned as printed. A sentence that
/// happens to start with "By" ("By Wednesday evening the crowd had grown") is not a byline.
/// </summary>
public static class BylineParser
{
    private const int LongestByline = 160;
    private const int LongestName = 5;

    private static readonly Regex Opening = new(
        @"^(?:written\s+|story\s+|words\s+|text\s+)?by\b\s*:?\s*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    // Words (letters with the apostrophes, hyphens and dots names carry) and the separators between them.
    private static readonly Regex Tokens = new(
        @"[\p{L}\p{M}][\p{L}\p{M}'’.\-]*|[,&]|\S",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    // A "name" made of these is a desk or an outlet ("AP Staff", "Associated Press"), not a person.
    private static readonly FrozenSet<string> NotPersonWords = new[]
    {
        "staff", "reporter", "reporters", "writer", "writers", "correspondent", "correspondents", "editor", "editors",
        "team", "desk", "bureau", "news", "press", "agency", "agencies", "wire", "wires", "service", "media", "radio",
        "television", "network", "newsroom", "contributor", "contributors",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Dates run straight after names in some bylines ("By Jane Doe Sept. 3, 2025"); a month or weekday
    // after a first name ends the name.
    private static readonly FrozenSet<string> CalendarWords = new[]
    {
        "jan", "jan.", "january", "feb", "feb.", "february", "mar", "mar.", "march", "apr", "apr.", "april", "may",
        "jun", "jun.", "june", "jul", "jul.", "july", "aug", "aug.", "august", "sep", "sep.", "sept", "sept.",
        "september", "oct", "oct.", "october", "nov", "nov.", "november", "dec", "dec.", "december", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "updated", "published", "posted",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // What may follow the names: a separator before an outlet or a date, or one of these words.
    private static readonly FrozenSet<string> TailWords = new[]
    {
        "for", "on", "in", "at", "updated", "published", "posted", "special", "staff", "and",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The names in <paramref name="line"/> when it is a byline, else null.</summary>
    public static string? Parse(string line)
    {
        if (line.Length > LongestByline)
        {
            return null;
        }

        var opening = Opening.Match(line);
        if (!opening.Success || opening.Length == line.Length)
        {
            return null;
        }

        var tokens = Tokens.Matches(line, opening.Length).ToList();
        var names = new List<(int Start, int End, bool JoinedByAnd)>();
        var position = 0;
        var joinedByAnd = false;
        while (true)
        {
            var nameEnd = ReadName(tokens, position);
            if (nameEnd < 0)
            {
                break;
            }

            names.Add((tokens[position].Index, tokens[nameEnd - 1].Index + tokens[nameEnd - 1].Length, joinedByAnd));
            position = nameEnd;
            var separator = ReadSeparator(tokens, position, out joinedByAnd);
            if (separator == position)
            {
                break;
            }

            position = separator;
        }

        // A comma continues the list only in "A, B and C"; otherwise what follows the comma is an outlet.
        var lastJoinedByAnd = names.FindLastIndex(name => name.JoinedByAnd);
        var kept = lastJoinedByAnd >= 0 ? names[..(lastJoinedByAnd + 1)] : names.Take(1).ToList();
        if (kept.Count == 0 || !TailIsAllowed(line, kept[^1].End))
        {
            return null;
        }

        var end = kept[^1].End;
        // A full stop after a surname ends the line, not the name; after "Jr" or an initial it belongs to it.
        if (line[end - 1] == '.' && end - 1 - LastWordStart(line, end - 1) > 2)
        {
            end--;
        }

        return line[kept[0].Start..end];
    }

    private static int LastWordStart(string line, int end)
    {
        var start = end;
        while (start > 0 && !char.IsWhiteSpace(line[start - 1]))
        {
            start--;
        }

        return start;
    }

    /// <summary>Index just past a person's name starting at <paramref name="start"/>, or -1.</summary>
    private static int ReadName(List<Match> tokens, int start)
    {
        var position = start;
        var nameWords = 0;
        var lastNameWordEnd = -1;
        while (position < tokens.Count && nameWords < LongestName)
        {
            var word = tokens[position].Value;
            if (IsNameWord(word) && !(nameWords > 0 && CalendarWords.Contains(word)))
            {
                if (NotPersonWords.Contains(word))
                {
                    return -1;
                }

                nameWords++;
                lastNameWordEnd = position + 1;
            }
            else if (!(nameWords > 0 && IsLowerCaseParticle(word)))
            {
                break;
            }

            position++;
        }

        return nameWords >= 2 ? lastNameWordEnd : -1;
    }

    private static bool IsNameWord(string word) =>
        char.IsUpper(word[0]) || ((word.StartsWith("al-", StringComparison.Ordinal) || word.StartsWith("el-", StringComparison.Ordinal)) && word.Length > 3 && char.IsUpper(word[3]));

    /// <summary>Index past ",", "and", "&amp;" or ", and" after a name; <paramref name="position"/> itself when there is none.</summary>
    private static int ReadSeparator(List<Match> tokens, int position, out bool joinedByAnd)
    {
        joinedByAnd = false;
        if (position < tokens.Count && tokens[position].Value == ",")
        {
            position++;
        }

        if (position < tokens.Count && tokens[position].Value is "and" or "&")
        {
            joinedByAnd = true;
            position++;
        }

        return position;
    }

    private static bool TailIsAllowed(string line, int namesEnd)
    {
        var tail = line[namesEnd..].TrimStart();
        if (tail.Length == 0 || tail[0] is ',' or '|' or '—' or '–' or '-' or '·' or '•' or '(' or '/' or ';' || char.IsDigit(tail[0]))
        {
            return true;
        }

        var firstWord = tail.Split(' ', 2)[0].TrimEnd(',', ':');
        return TailWords.Contains(firstWord) || CalendarWords.Contains(firstWord);
    }

    /// <summary>
    /// A lower-case particle inside a surname ("Ana de la Cruz"), as the tagger knows them, plus the Spanish "y" that
    /// joins two surnames in a signed name ("José Ortega y Gasset"), which in running text would join two names.
    /// </summary>
    private static bool IsLowerCaseParticle(string word) =>
        word == "y" || (char.IsLower(word[0]) && Tagging.NameConnectors.IsParticle(word));
}
