using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Extraction.Tagging;

namespace KnowledgeGraph.Extraction.Time;

/// <summary>
/// One scan of one text for time expressions: reads tokens as time words (months, days of the month, years) and
/// collects the candidates the forms propose. Built per call so that nothing is shared between threads.
/// </summary>
internal sealed class TimeTokenReader(AnalyzedText text, DateOnly? reference, int endToken)
{
    /// <summary>Years written alone count only in this range, so "in 1500 cases" or "by 3000 votes" are numbers.</summary>
    private const int EarliestBareYear = 1900;
    private const int LatestBareYear = 2099;

    /// <summary>A full date or "Month Year" may name any year a four-digit number can.</summary>
    public const int EarliestWrittenYear = 1000;

    public AnalyzedText Text { get; } = text;

    public DateOnly? Reference { get; } = reference;

    public TimeWords Words { get; } = TimeWords.Default;

    /// <summary>Tokens at and after this index are not read.</summary>
    public int EndToken { get; } = endToken;

    public List<TimeCandidate> Candidates { get; } = [];

    public bool Has(int token) => token >= 0 && token < EndToken;

    public ReadOnlySpan<char> Word(int token) => Text.Tokens[token].In(Text.Text);

    public TimeWordRoles Roles(int token) => Has(token) ? Words.Roles(Word(token)) : default;

    public bool Is(int token, string word) => Has(token) && Word(token).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool SameSentence(int a, int b) => Text.SentenceOfToken[a] == Text.SentenceOfToken[b];

    /// <summary>A month name with a capital, as the calendar month is written; "may" and "march" are verbs.</summary>
    public int CapitalizedMonth(int token) =>
        Has(token) && WordShape.IsCapitalized(Word(token)) ? Roles(token).Month : 0;

    /// <summary>A day of the month: one or two digits, maybe with an ordinal ending ("3", "21st"), 1 to 31.</summary>
    public bool TryDayOfMonth(int token, out int day, out bool hasOrdinalEnding)
    {
        day = 0;
        hasOrdinalEnding = false;
        if (!Has(token))
        {
            return false;
        }

        var word = Word(token);
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            digits++;
        }

        var ending = word[digits..];
        if (digits is < 1 or > 2 || !(ending.IsEmpty || IsOrdinalEnding(ending)))
        {
            return false;
        }

        day = ParseDigits(word[..digits]);
        hasOrdinalEnding = !ending.IsEmpty;
        return day is >= 1 and <= 31;
    }

    /// <summary>Four digits in a written date ("Sept. 3, 2025", "March 1917").</summary>
    public bool TryWrittenYear(int token, out int year) => TryFourDigits(token, out year) && year >= EarliestWrittenYear;

    /// <summary>Four digits that can be a year on their own (19xx or 20xx), never part of an amount.</summary>
    public bool TryBareYear(int token, out int year) =>
        TryFourDigits(token, out year) && IsBareYear(year) && !Is(token + 1, "%");

    /// <summary>Whether a year written without day or month is believable (19xx or 20xx).</summary>
    public static bool IsBareYear(int year) => year is >= EarliestBareYear and <= LatestBareYear;

    /// <summary>A small count in words or digits ("a", "two", "3"), as in "two days earlier".</summary>
    public bool TryCount(int token, out int count)
    {
        count = 0;
        if (!Has(token))
        {
            return false;
        }

        if (Roles(token).Number is { } number)
        {
            count = number;
            return true;
        }

        var word = Word(token);
        if (word.Length is < 1 or > 3 || !IsAllDigits(word))
        {
            return false;
        }

        count = ParseDigits(word);
        return count > 0;
    }

    /// <summary>The token after <paramref name="token"/> is a word of the same sentence: "after" has an object.</summary>
    public bool IsFollowedByWord(int token) =>
        Has(token + 1) && SameSentence(token, token + 1) && char.IsLetterOrDigit(Word(token + 1)[0]);

    /// <summary>Proposes an expression over tokens [first, end).</summary>
    public void Add(int first, int end, FactDate date, bool isRelative) =>
        Candidates.Add(new TimeCandidate(first, end, Text.Tokens[first].Start, Text.Tokens[end - 1].End, date, isRelative, null));

    /// <summary>Proposes an expression whose characters end before its last token does ("2025-09-03" of "2025-09-03T10:00").</summary>
    public void Add(int first, int end, int endCharacter, FactDate date, bool isRelative) =>
        Candidates.Add(new TimeCandidate(first, end, Text.Tokens[first].Start, endCharacter, date, isRelative, null));

    /// <summary>Proposes an expression dated by its distance from an anchor found once the expressions are chosen.</summary>
    public void AddAnchored(int first, int end, AnchoredShift shift) =>
        Candidates.Add(new TimeCandidate(first, end, Text.Tokens[first].Start, Text.Tokens[end - 1].End, default, true, shift));

    public static bool IsAllDigits(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return !word.IsEmpty;
    }

    /// <summary>Value of a run of at most nine ASCII digits, which cannot overflow.</summary>
    public static int ParseDigits(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }

    private bool TryFourDigits(int token, out int value)
    {
        value = 0;
        if (!Has(token) || Word(token) is not { Length: 4 } word || !IsAllDigits(word))
        {
            return false;
        }

        value = ParseDigits(word);
        return true;
    }

    private static bool IsOrdinalEnding(ReadOnlySpan<char> ending) =>
        ending.Equals("st", StringComparison.OrdinalIgnoreCase) || ending.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || ending.Equals("rd", StringComparison.OrdinalIgnoreCase) || ending.Equals("th", StringComparison.OrdinalIgnoreCase);
}
