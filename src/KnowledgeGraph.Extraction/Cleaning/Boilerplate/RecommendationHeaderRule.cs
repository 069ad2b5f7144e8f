using System.Collections.Frozen;

namespace KnowledgeGraph.Extraction.Cleaning.Boilerplate;

/// <summary>
/// "You may also like" and its cousins: headers over recommended links. Only the whole line counts, so "You may
/// also like the new park, the mayor said" stays.
/// </summary>
public sealed class RecommendationHeaderRule : IBoilerplateRule
{
    private static readonly FrozenSet<string> Headers = new[]
    {
        "you may also like", "you might also like", "you may be interested in", "you might be interested in",
        "you may have missed", "more stories", "more like this", "recommended for you", "trending now", "trending",
        "most popular", "popular stories", "we recommend", "suggested reading", "more to explore", "up next",
    }.ToFrozenSet(StringComparer.Ordinal);

    public string Name => "recommendation header";

    public bool IsBoilerplate(string line) => Headers.Contains(RulePatterns.HeaderKey(line));
}
