using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Cleaning.Boilerplate;

/// <summary>Ad slot labels left in copied text: "Advertisement", "Story continues below advertisement".</summary>
public sealed class AdvertisementRule : IBoilerplateRule
{
    private static readonly FrozenSet<string> Labels = new[]
    {
        "advertisement", "advertisements", "advertising", "ad", "ads", "sponsored", "sponsored content", "paid content",
        "promoted", "story continues below advertisement", "article continues below advertisement",
        "continue reading below", "article continues below", "story continues below", "scroll to continue",
        "scroll to continue with content", "skip advertisement", "remove ads",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly Regex LabelWithTail = RulePatterns.Create(@"^advertisement\s*[-–—:|]");

    public string Name => "advertisement label";

    public bool IsBoilerplate(string line) => Labels.Contains(RulePatterns.HeaderKey(line)) || LabelWithTail.IsMatch(line);
}
