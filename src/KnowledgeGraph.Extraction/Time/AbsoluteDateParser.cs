using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Time;

/// <summary>
/// Finds calendar dates written out in full (day, month and year), as news articles print them in datelines,
/// bylines and metadata. Relative expressions ("last Tuesday") are the time normalizer's job, not this one's.
/// </summary>
public static class AbsoluteDateParser
{
    private const string MonthName =
        "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";

    private static readonly Regex MonthWord = new(
        $@"^(?:{MonthName})\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    // One alternation so that the leftmost date wins whatever its format. NonBacktracking keeps the scan linear
    // on arbitrary article text; it has no lookahead, so the ISO form consumes the non-digit that ends it (the
    // span reported excludes it). Digits are [0-9], not \d: \d also matches Arabic-Indic and full-width digits,
    // which int.Parse rejects, and a date in them is not one this parser claims to read.
    private static readonly Regex DatePattern = new(
        @"\b(?<isoYear>[0-9]{4})-(?<isoMonth>[0-9]{2})-(?<isoDay>[0-9]{2})(?:[^0-9]|$)" +
        $@"|\b(?<mdMonth>{MonthName})\.?\s+(?<mdDay>[0-9]{{1,2}})(?:st|nd|rd|th)?,?\s+(?<mdYear>[0-9]{{4}})\b" +
        $@"|\b(?<dmDay>[0-9]{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<dmMonth>{MonthName})\.?,?\s+(?<dmYear>[0-9]{{4}})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex IsoPrefix = new(
        @"^(?<year>[0-9]{4})-(?<month>[0-9]{2})-(?<day>[0-9]{2})(?:$|[T ])",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>A month's name or abbreviation as a word of its own: "March", "Sept.", "dec".</summary>
    public static bool IsMonthName(string word) => MonthWord.IsMatch(word);

    /// <summary>
    /// The first valid absolute date in <paramref name="text"/>; impossible dates such as Feb. 30 are passed over.
    /// </summary>
    public static DateOnly? FindFirst(string text) => FindFirstWritten(text)?.Date;

    /// <summary>The first valid absolute date in <paramref name="text"/> with the span it is written in.</summary>
    public static WrittenDate? FindFirstWritten(string text)
    {
        foreach (Match match in DatePattern.Matches(text))
        {
            var date = ToDate(match);
            if (date is not null)
            {
                return new WrittenDate(date.Value, match.Index, EndOf(match));
            }
        }

        return null;
    }

    /// <summary>An ISO 8601 date ("2025-09-03") or the date part of a date-time ("2025-09-03T10:00:00Z").</summary>
    public static DateOnly? ParseIso(string value)
    {
        var match = IsoPrefix.Match(value.Trim());
        return match.Success
            ? Create(match.Groups["year"].Value, match.Groups["month"].Value, match.Groups["day"].Value)
            : null;
    }

    private static DateOnly? ToDate(Match match)
    {
        if (match.Groups["isoYear"].Success)
        {
            return Create(match.Groups["isoYear"].Value, match.Groups["isoMonth"].Value, match.Groups["isoDay"].Value);
        }

        if (match.Groups["mdYear"].Success)
        {
            return Create(match.Groups["mdYear"].Value, MonthNumber(match.Groups["mdMonth"].Value), match.Groups["mdDay"].Value);
        }

        return Create(match.Groups["dmYear"].Value, MonthNumber(match.Groups["dmMonth"].Value), match.Groups["dmDay"].Value);
    }

    // The last group of each format is its year (ISO: its day), so the span ends there, before any consumed
    // terminator.
    private static int EndOf(Match match)
    {
        var last = match.Groups["isoDay"].Success ? match.Groups["isoDay"]
            : match.Groups["mdYear"].Success ? match.Groups["mdYear"]
            : match.Groups["dmYear"];
        return last.Index + last.Length;
    }

    // Every month name and abbreviation is told apart by its first three letters.
    private static string MonthNumber(string name) => name[..3].ToLowerInvariant() switch
    {
        "jan" => "1",
        "feb" => "2",
        "mar" => "3",
        "apr" => "4",
        "may" => "5",
        "jun" => "6",
        "jul" => "7",
        "aug" => "8",
        "sep" => "9",
        "oct" => "10",
        "nov" => "11",
        _ => "12",
    };

    private static DateOnly? Create(string year, string month, string day)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var m = int.Parse(month, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        if (y < 1 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return null;
        }

        return new DateOnly(y, m, d);
    }
}
