using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Cleaning.Boilerplate;

/// <summary>
/// "Sign up for our newsletter", "Get our morning briefing in your inbox": a line that opens with a call to
/// subscribe and mentions what is being subscribed to. A sentence that merely mentions a newsletter is kept.
/// </summary>
public sealed class NewsletterSignupRule : IBoilerplateRule
{
    private const int LongestPitch = 300;

    private static readonly Regex Pitch = RulePatterns.Create(
        @"^(?:sign up|signup|subscribe|get our|get the|join our|join the|receive our|don['’]t miss|never miss|want more|stay informed|stay up to date|enter your e-?mail)\b.*\b(?:newsletters?|inbox|e-?mails?|e-?mail updates|briefing|alerts?|digest)\b");

    private static readonly FrozenSet<string> BareCalls = new[]
    {
        "newsletter", "subscribe", "subscribe now", "sign up", "sign up now", "sign up for free", "get the newsletter",
    }.ToFrozenSet(StringComparer.Ordinal);

    public string Name => "newsletter sign-up";

    public bool IsBoilerplate(string line) =>
        (line.Length <= LongestPitch && Pitch.IsMatch(line)) || BareCalls.Contains(RulePatterns.HeaderKey(line));
}
