using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Cleaning.Boilerplate;

/// <summary>Shared pieces of the rules' line tests.</summary>
internal static class RulePatterns
{
    /// <summary>Case-insensitive and linear-time, since rules run on every line of every article.</summary>
    public static Regex Create(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>
    /// A header line reduced to its words: lower case, typographic apostrophes made plain, and the trailing
    /// colons, dots, arrows and the like that sites put after headers removed.
    /// </summary>
    public static string HeaderKey(string line) =>
        line.Replace('’', '\'').TrimEnd(' ', '\t', ':', '.', '…', '!', '|', '»', '›', '>', '-', '–', '—').ToLowerInvariant();
}
