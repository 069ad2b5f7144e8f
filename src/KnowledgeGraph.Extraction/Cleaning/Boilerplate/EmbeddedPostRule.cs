using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Cleaning.Boilerplate;

/// <summary>
/// The visible remains of an embedded social post: a line carrying a pic.twitter.com or t.co link, or an
/// Instagram "A post shared by" caption. The post's own words are someone else's text, not the article's.
/// </summary>
public sealed class EmbeddedPostRule : IBoilerplateRule
{
    private static readonly Regex PostLink = RulePatterns.Create(@"pic\.twitter\.com/|\bt\.co/\w|^a post shared by\b|^view this post on instagram");

    public string Name => "embedded social post";

    public bool IsBoilerplate(string line) => PostLink.IsMatch(line);
}
