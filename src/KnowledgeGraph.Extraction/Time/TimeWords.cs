using System.Collections.Frozen;
using System.Globalization;
using KnowledgeGraph.Extraction.Gazetteers;

namespace KnowledgeGraph.Extraction.Time;

/// <summary>
/// The words time expressions are made of, from the embedded <c>Gazetteers/time-words.txt</c>: months, weekdays,
/// counting words, the prepositions that make a bare month or a number a date, and the phrases that put a sentence in
/// the future. Kept in a data file so that a missing word is a one-line fix, not a code change. Lookups take spans
/// and ignore case, so scanning a token costs no string.
/// </summary>
internal sealed class TimeWords
{
    private const string ResourceName = "time-words.txt";

    private static readonly Lazy<TimeWords> Embedded = new(() => Parse(ReadEmbeddedLines()));

    private readonly FrozenDictionary<string, TimeWordRoles>.AlternateLookup<ReadOnlySpan<char>> _roles;
    private readonly FrozenDictionary<string, string[][]>.AlternateLookup<ReadOnlySpan<char>> _futurePhrasesByFirstWord;

    private TimeWords(FrozenDictionary<string, TimeWordRoles> roles, FrozenDictionary<string, string[][]> futurePhrasesByFirstWord)
    {
        _roles = roles.GetAlternateLookup<ReadOnlySpan<char>>();
        _futurePhrasesByFirstWord = futurePhrasesByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The list shipped in this assembly, read once.</summary>
    public static TimeWords Default => Embedded.Value;

    /// <summary>What the list says about <paramref name="word"/>, in any case; all roles empty when it is not listed.</summary>
    public TimeWordRoles Roles(ReadOnlySpan<char> word) => _roles.TryGetValue(word, out var roles) ? roles : default;

    /// <summary>
    /// How many tokens the future phrase starting at token <paramref name="first"/> covers ("is scheduled to" is
    /// three), the longest that fits before <paramref name="end"/>; 0 when none starts there.
    /// </summary>
    public int FuturePhraseLength(AnalyzedText text, int first, int end)
    {
        if (!_futurePhrasesByFirstWord.TryGetValue(text.Tokens[first].In(text.Text), out var phrases))
        {
            return 0;
        }

        foreach (var phrase in phrases)
        {
            if (first + phrase.Length <= end && Matches(text, first, phrase))
            {
                return phrase.Length;
            }
        }

        return 0;
    }

    private static bool Matches(AnalyzedText text, int first, string[] phrase)
    {
        for (var k = 1; k < phrase.Length; k++)
        {
            if (!text.Tokens[first + k].In(text.Text).Equals(phrase[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Builds the lookups from the lines of the list (comments and blank lines already dropped).</summary>
    private static TimeWords Parse(IEnumerable<string> lines)
    {
        var roles = new Dictionary<string, TimeWordRoles>(StringComparer.OrdinalIgnoreCase);
        var futurePhrases = new Dictionary<string, List<string[]>>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines)
        {
            var fields = line.Split('\t');
            var role = fields[0];
            var word = fields.Length > 1 ? fields[1] : throw Malformed(line);
            if (role == "future")
            {
                var words = word.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (!futurePhrases.TryGetValue(words[0], out var list))
                {
                    futurePhrases[words[0]] = list = [];
                }

                list.Add(words);
                continue;
            }

            roles.TryGetValue(word, out var current);
            roles[word] = role switch
            {
                "month" => current with { Month = Value(fields, line), IsMonthAbbreviation = !IsFullMonthName(word) },
                "name-month" => current with { IsNameMonth = true },
                "weekday" => current with { Weekday = (DayOfWeek)(Value(fields, line) % 7) },
                "number" => current with { Number = Value(fields, line) },
                "day-offset" => current with { DayOffset = Value(fields, line) },
                "part-of-day" => current with { IsPartOfDay = true },
                "month-context" => current with { MonthContext = MonthContextStrength.Strong },
                "month-context-weak" => current with { MonthContext = MonthContextStrength.Weak },
                "year-context" => current with { IsYearContext = true },
                "modifier" => current with { IsModifier = true },
                "determiner" => current with { IsDeterminer = true },
                "clause-opener" => current with { IsClauseOpener = true },
                _ => throw Malformed(line),
            };
        }

        // Longest phrase first, so "is due to" wins over "is due".
        var phrasesByFirstWord = futurePhrases.ToFrozenDictionary(
            pair => pair.Key,
            pair => pair.Value.OrderByDescending(phrase => phrase.Length).ToArray(),
            StringComparer.OrdinalIgnoreCase);
        return new TimeWords(roles.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), phrasesByFirstWord);
    }

    // Abbreviations end in a full stop or have at most four letters ("sept"); "may", "june" and "july" are whole names.
    private static bool IsFullMonthName(string word) =>
        !word.EndsWith('.') && (word.Length > 4 || word is "may" or "june" or "july");

    private static int Value(string[] fields, string line) =>
        fields.Length > 2 && int.TryParse(fields[2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Malformed(line);

    private static InvalidOperationException Malformed(string line) =>
        new($"time-words.txt has a line it cannot read: '{line}'.");

    private static IReadOnlyList<string> ReadEmbeddedLines() => EmbeddedList.Lines(ResourceName);
}
