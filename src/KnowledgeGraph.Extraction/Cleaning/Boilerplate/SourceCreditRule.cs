using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Cleaning.Boilerplate;

/// <summary>
/// A bare source label at the end of an article: "SOURCE : AGENCIES", "Source: Reuters". Credit lines that name
/// people or outlets ("With information from Agencia Efe", "Reporting by Jane Doe") are kept on purpose: they say
/// who reported the story, which the graph records.
/// </summary>
public sealed class SourceCreditRule : IBoilerplateRule
{
    private const int LongestSourceLabel = 120;

    private static readonly Regex SourceLabel = RulePatterns.Create(@"^sources?\s*:\s*\S");

    public string Name => "source label";

    public bool IsBoilerplate(string line) => line.Length <= LongestSourceLabel && SourceLabel.IsMatch(line);
}
