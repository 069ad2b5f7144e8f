using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Cleaning.Boilerplate;

/// <summary>"Click here to ..." and "Tap here for ...": instructions to a reader of the web page, never reporting.</summary>
public sealed class ClickHereRule : IBoilerplateRule
{
    private static readonly Regex Instruction = RulePatterns.Create(@"^\(?(?:click|tap) here\b");

    public string Name => "click-here instruction";

    public bool IsBoilerplate(string line) => Instruction.IsMatch(line);
}
