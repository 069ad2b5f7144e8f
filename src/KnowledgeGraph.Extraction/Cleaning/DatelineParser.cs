using System.Collections.Frozen;
using System.Text.RegularExpressions;
using KnowledgeGraph.Extraction.Time;

namespace KnowledgeGraph.Extraction.Cleaning;

/// <summary>
/// Recognises a dateline at the start of a line: an ALL-CAPS place followed by an agency in parentheses and a dash
/// ("MEXICO CITY (AP) —"), by a dash ("KYIV, Ukraine —") or by a date ("MEXICO CITY, Sept. 3, 2025"); or a
/// mixed-case "Place, Country —". The place may carry a region after a comma ("HARLINGEN, Texas (AP) —"). A wire
/// agency is never the place, so "AP — The minister left." has no dateline.
/// </summary>
public static class DatelineParser
{
    // Datelines are short; looking further only invites false matches in the sentence that follows.
    private const int LongestOpening = 120;
    private const int MostSegments = 3;
    private const int LongestDateText = 40;

    private static readonly Regex PlaceSegment = Pattern(@"^\p{Lu}[\p{L}\p{M}.'’\-]*(?: \p{Lu}[\p{L}\p{M}.'’\-]*){0,4}");
    private static readonly Regex AgencyThenDash = Pattern(@"^\s*\((?<agency>[^()]{1,40})\)\s*(?:[—–‒―]|--?|:|$)");
    private static readonly Regex Dash = Pattern(@"^(?:\s*[—–‒―]|\s*--|\s+-(?:\s|$))");
    private static readonly Regex LongDash = Pattern(@"^\s*[—–‒―]");
    // A weekday or month name, or a day number: where a date starts, and so where a place has ended.
    private static readonly Regex DateStart = Pattern(
        @"^(?:[0-9]|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b)",
        RegexOptions.IgnoreCase);

    // All-caps words that open headlines and labels, not places.
    private static readonly FrozenSet<string> NotPlaces = new[]
    {
        "BREAKING", "BREAKING NEWS", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "LIVE", "ANALYSIS", "OPINION",
        "EDITORIAL", "COMMENTARY", "VIDEO", "PHOTOS", "CORRECTION", "URGENT", "FLASH", "NEW", "READ MORE", "RELATED",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Wire agencies credit a story the way a place heads a dateline ("AP — ..."), but they are never the place.
    private static readonly FrozenSet<string> WireAgencies = new[]
    {
        "AP", "AFP", "REUTERS", "EFE", "UPI", "DPA", "ANSA", "XINHUA", "TASS", "PTI", "KYODO", "YONHAP", "ANP", "BELGA",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Sentence openers that look like a mixed-case place before a comma ("However, Smith — ...").
    private static readonly FrozenSet<string> SentenceOpeners = new[]
    {
        "however", "meanwhile", "still", "yet", "instead", "later", "earlier", "today", "yesterday", "now", "then",
        "also", "but", "and", "so", "indeed", "moreover", "finally", "first", "second", "there", "here", "again",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The dateline at the start of <paramref name="line"/>, or null.</summary>
    public static Dateline? Parse(string line)
    {
        var opening = line.Length > LongestOpening ? line[..LongestOpening] : line;
        var segmentEnds = PlaceSegmentEnds(opening);
        if (segmentEnds.Count == 0)
        {
            return null;
        }

        var firstSegment = opening[..segmentEnds[0]];
        if (WireAgencies.Contains(firstSegment))
        {
            return null;
        }

        var capsPlace = IsAllCaps(firstSegment) && !NotPlaces.Contains(firstSegment);
        // Longest place first, so "HARLINGEN, Texas (AP)" keeps its region.
        for (var count = segmentEnds.Count; count >= 1; count--)
        {
            var place = opening[..segmentEnds[count - 1]];
            var rest = opening[segmentEnds[count - 1]..];
            var dateline = capsPlace ? AfterCapsPlace(place, rest) : AfterMixedCasePlace(place, rest, count);
            if (dateline is not null)
            {
                return dateline;
            }
        }

        return null;
    }

    private static Dateline? AfterCapsPlace(string place, string rest)
    {
        var agency = AgencyThenDash.Match(rest);
        if (agency.Success)
        {
            return new Dateline(place, agency.Groups["agency"].Value.Trim(), null);
        }

        if (Dash.IsMatch(rest))
        {
            return new Dateline(place, null, null);
        }

        if (rest.StartsWith(", ", StringComparison.Ordinal) && DateAtStart(rest[2..]) is { } date)
        {
            return new Dateline(place, null, date);
        }

        return null;
    }

    /// <summary>
    /// Mixed case is how sentences start too, so only the distinctive "Place, Country —" with a long dash counts.
    /// </summary>
    private static Dateline? AfterMixedCasePlace(string place, string rest, int segmentCount)
    {
        var firstWord = place.Split([' ', ','], 2)[0];
        return segmentCount >= 2 && LongDash.IsMatch(rest) && !SentenceOpeners.Contains(firstWord)
            ? new Dateline(place, null, null)
            : null;
    }

    /// <summary>Where each comma-separated segment of capitalised words at the start of the line ends.</summary>
    private static List<int> PlaceSegmentEnds(string opening)
    {
        var ends = new List<int>();
        var start = 0;
        while (ends.Count < MostSegments)
        {
            var segment = PlaceSegment.Match(opening[start..]);
            if (!segment.Success || (start > 0 && DateStart.IsMatch(segment.Value)))
            {
                break;
            }

            var end = start + segment.Length;
            ends.Add(end);
            if (!opening.AsSpan(end).StartsWith(", "))
            {
                break;
            }

            start = end + 2;
        }

        return ends;
    }

    private static DateOnly? DateAtStart(string text)
    {
        if (!DateStart.IsMatch(text))
        {
            return null;
        }

        var stop = text.IndexOfAny(['—', '–', '(', '|']);
        var dateText = stop >= 0 ? text[..stop] : text;
        return AbsoluteDateParser.FindFirst(dateText.Length > LongestDateText ? dateText[..LongestDateText] : dateText);
    }

    private static bool IsAllCaps(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }

    private static Regex Pattern(string pattern, RegexOptions extra = RegexOptions.None) =>
        new(pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | extra);
}
