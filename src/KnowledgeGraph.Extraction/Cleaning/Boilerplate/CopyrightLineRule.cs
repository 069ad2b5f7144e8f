using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Cleaning.Boilerplate;

/// <summary>
/// "Copyright 2025 Example Radio", "© 2024 Acme News. All rights reserved.": notices, recognised by the
/// copyright sign or a year right after the word, or by ending in "All rights reserved". "Copyright lawsuits piled
/// up" is a sentence and stays. The holder named by a notice is the outlet, so it is offered as the source.
/// </summary>
public sealed class CopyrightLineRule : IBoilerplateRule
{
    private const int LongestNotice = 300;
    private const int LongestHolder = 80;

    private static readonly Regex Notice = RulePatterns.Create(
        @"^(?:copyright\s*(?:©|\(c\)|\d{4}|:)|©|\(c\)\s*\d{4})|all rights reserved\.?$");

    private static readonly Regex NoticeWords = RulePatterns.Create(
        @"copyright|©|\(c\)|\b\d{4}(?:\s*[-–]\s*\d{2,4})?\b");

    private static readonly Regex RightsReserved = RulePatterns.Create(@"all rights reserved.*$");

    public string Name => "copyright notice";

    public bool IsBoilerplate(string line) => line.Length <= LongestNotice && Notice.IsMatch(line);

    /// <summary>Who the notice names as the copyright holder ("Example Radio"), or null when it names nobody.</summary>
    public static string? HolderOf(string notice)
    {
        var holder = RightsReserved.Replace(notice, "");
        holder = NoticeWords.Replace(holder, " ");
        // Notices often go on after the holder: "Copyright 2025 NPR. To see more, visit ...".
        var sentenceEnd = holder.IndexOfAny(['|', '\u2022']);
        if (sentenceEnd >= 0)
        {
            holder = holder[..sentenceEnd];
        }

        var period = holder.IndexOf(". ", StringComparison.Ordinal);
        if (period >= 0)
        {
            holder = holder[..period];
        }

        holder = string.Join(' ', holder.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim(' ', '.', ',', ';', ':', '-', '–', '—');
        return holder.Length is > 0 and <= LongestHolder && char.IsLetterOrDigit(holder[0]) ? holder : null;
    }
}
