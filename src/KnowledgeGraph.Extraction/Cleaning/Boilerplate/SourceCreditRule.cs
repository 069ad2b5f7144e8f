using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Cleaning.Boilerplate;

/// <summary>
/// End-of-article credits to wires and editors: "SOURCE : AGENCIES", "Source: Reuters", "With information from
/// ...", "Reporting by ...; Editing by ...". They name the production chain, not the story.
/// </summary>
public sealed class SourceCreditRule : IBoilerplateRule
{
    private const int LongestSourceLabel = 120;
    private const int LongestCredit = 200;

    private static readonly Regex SourceLabel = RulePatterns.Create(@"^sources?\s*:\s*\S");

    private static readonly Regex Credit = RulePatterns.Create(
        @"^(?:with (?:information|reporting|files|input) from|additional reporting by|reporting by|editing by|writing by|compiled by|edited by)\b");

    public string Name => "source credit";

    public bool IsBoilerplate(string line) =>
        (line.Length <= LongestSourceLabel && SourceLabel.IsMatch(line)) || (line.Length <= LongestCredit && Credit.IsMatch(line));
}
