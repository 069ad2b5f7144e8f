using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Cleaning.Boilerplate;

/// <summary>
/// The caption of an embedded Instagram post ("A post shared by ...", "View this post on Instagram"): widget text,
/// unlike a tweet's words and signature, which are the author's and stay (<see cref="MediaLinks"/> removes their links).
/// </summary>
public sealed class EmbeddedPostRule : IBoilerplateRule
{
    private static readonly Regex Caption = RulePatterns.Create(@"^a post shared by\b|^view this post on instagram");

    public string Name => "embedded post caption";

    public bool IsBoilerplate(string line) => Caption.IsMatch(line);
}
