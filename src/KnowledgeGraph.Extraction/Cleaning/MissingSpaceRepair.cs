using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Cleaning;

/// <summary>
/// Puts back the space that careless editing drops after a comma or a full stop between words ("Mexico
/// City,was", "cartels.The"), because the tokenizer would otherwise see one word. It leaves alone what is
/// written without a space on purpose: numbers ("1,000", "3.5"), initialisms ("U.S.Mexico"), web addresses and
/// e-mail addresses, and ellipses.
/// </summary>
public static class MissingSpaceRepair
{
    // Addresses keep their punctuation exactly as written.
    private static readonly Regex Address = new(
        @"\b(?:https?://|www\.)\S+|\S+@\S+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    public static string Repair(string line)
    {
        if (line.IndexOfAny([',', '.']) < 0)
        {
            return line;
        }

        var protectedRanges = Address.Matches(line);
        var result = new StringBuilder(line.Length + 8);
        var nextRange = 0;
        for (var index = 0; index < line.Length; index++)
        {
            result.Append(line[index]);
            while (nextRange < protectedRanges.Count && protectedRanges[nextRange].Index + protectedRanges[nextRange].Length <= index)
            {
                nextRange++;
            }

            var insideAddress = nextRange < protectedRanges.Count && protectedRanges[nextRange].Index <= index;
            if (!insideAddress && (IsGluedComma(line, index) || IsGluedSentenceEnd(line, index)))
            {
                result.Append(' ');
            }
        }

        return result.ToString();
    }

    /// <summary>"City,was": a comma with a letter on both sides.</summary>
    private static bool IsGluedComma(string line, int index) =>
        line[index] == ',' && index > 0 && index + 1 < line.Length && char.IsLetter(line[index - 1]) && char.IsLetter(line[index + 1]);

    /// <summary>
    /// "cartels.The": a full stop after a word of two or more letters ending in lower case, followed by a
    /// capitalised word. Requiring a lower-case letter before the stop spares "U.S.Mexico"; requiring a lower-case
    /// letter after the capital spares "U.S.A" and ".NET"; requiring letters on both sides spares numbers and
    /// ellipses.
    /// </summary>
    private static bool IsGluedSentenceEnd(string line, int index)
    {
        if (line[index] != '.' || index + 2 >= line.Length || !char.IsUpper(line[index + 1]) || !char.IsLower(line[index + 2]))
        {
            return false;
        }

        var wordStart = index;
        while (wordStart > 0 && char.IsLetter(line[wordStart - 1]))
        {
            wordStart--;
        }

        var wordLength = index - wordStart;
        // A word glued to a dot on its left ("e.g", "a.m") is part of an abbreviation, not a sentence's last word.
        var partOfAbbreviation = wordStart > 0 && line[wordStart - 1] == '.';
        return wordLength >= 2 && char.IsLower(line[index - 1]) && !partOfAbbreviation;
    }
}
