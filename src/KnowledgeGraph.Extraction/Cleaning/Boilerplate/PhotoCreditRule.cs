using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Cleaning.Boilerplate;

/// <summary>
/// Picture credits and captions labels: "Photo: Jane Doe/Reuters", "Image: AP", "(AP Photo/John Roe)",
/// "Photo by Jane Doe". The label must be followed by a separator, so "Photographers gathered" stays.
/// </summary>
public sealed class PhotoCreditRule : IBoilerplateRule
{
    private const int LongestCredit = 160;

    private static readonly Regex Label = RulePatterns.Create(
        @"^(?:file photo|photo credit|image credit|photos?|images?|pictures?|photograph|video|caption|credits?|illustration|graphic)\s*(?:[:|/]|[-–—]\s)");

    private static readonly Regex ByLine = RulePatterns.Create(@"^(?:photo|photograph|image|picture)s? by\b");

    private static readonly Regex Parenthesised = RulePatterns.Create(@"^\([^()]*\b(?:photo|image|file|picture)\b[^()]*\)$");

    public string Name => "photo credit";

    public bool IsBoilerplate(string line) =>
        line.Length <= LongestCredit && (Label.IsMatch(line) || ByLine.IsMatch(line) || Parenthesised.IsMatch(line));
}
