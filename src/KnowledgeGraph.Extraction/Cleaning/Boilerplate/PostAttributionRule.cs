using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Cleaning.Boilerplate;

/// <summary>
/// The signature under an embedded tweet: "— Jane Doe (@jdoe) March 4, 2025", with an em dash, en dash or
/// hyphen, a handle in parentheses and at most a date after it.
/// </summary>
public sealed class PostAttributionRule : IBoilerplateRule
{
    private const int LongestTail = 40;

    private static readonly Regex Attribution = RulePatterns.Create(
        @"^[—–‒―-]{1,2}\s*[^()]{1,80}\(@[A-Za-z0-9_]{1,30}\)(?<tail>.*)$");

    public string Name => "embedded post attribution";

    public bool IsBoilerplate(string line)
    {
        var match = Attribution.Match(line);
        return match.Success && match.Groups["tail"].Length <= LongestTail;
    }
}
