using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Cleaning.Boilerplate;

/// <summary>"___", "* * *", "=====": separators drawn with punctuation, which carry no words.</summary>
public sealed class DividerLineRule : IBoilerplateRule
{
    private static readonly Regex Divider = RulePatterns.Create(@"^(?:[-_*=~•·#+]\s*){3,}$");

    public string Name => "divider line";

    public bool IsBoilerplate(string line) => Divider.IsMatch(line);
}
