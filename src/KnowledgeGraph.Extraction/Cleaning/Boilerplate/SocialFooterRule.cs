using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Cleaning.Boilerplate;

/// <summary>
/// Follow and share bars: a line that opens with "Follow us" or "Share this", a line that says "follow us" and
/// names a network, or a line made of two or more network names and little else ("Facebook | Instagram | X").
/// "The company owns Facebook and Instagram." names two networks but is a sentence, and stays.
/// </summary>
public sealed class SocialFooterRule : IBoilerplateRule
{
    private static readonly FrozenSet<string> Networks = new[]
    {
        "facebook", "twitter", "instagram", "youtube", "linkedin", "tiktok", "whatsapp", "telegram", "threads",
        "bluesky", "pinterest", "reddit", "snapchat", "flipboard", "mastodon",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Words that share bars wrap around network names without making the line a sentence.
    private static readonly FrozenSet<string> BarWords = new[]
    {
        "follow", "us", "on", "share", "this", "article", "story", "via", "email", "e", "mail", "and", "or", "the",
        "join", "like", "find", "connect", "with", "subscribe", "to", "our", "print", "copy", "link",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly Regex CallToFollow = RulePatterns.Create(
        @"^(?:follow us|find us|like us|connect with us|join us)(?:\s*(?:on|at)\b|\s*[:|\-–—]|\s*$)|^share(?: this(?: article| story| page| post)?| on| via| the story| the article)?\s*(?:[:|]|$)|^share (?:on|via) ");

    private static readonly Regex FollowUs = RulePatterns.Create(@"\bfollow us\b");

    private static readonly Regex Words = new(@"[\p{L}]+", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    public string Name => "social footer";

    public bool IsBoilerplate(string line)
    {
        if (CallToFollow.IsMatch(line))
        {
            return true;
        }

        var networks = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var otherWords = 0;
        foreach (Match word in Words.Matches(line))
        {
            // "X" only counts as the network when written as the bare capital letter.
            if (Networks.Contains(word.Value) || word.Value == "X")
            {
                networks.Add(word.Value);
            }
            else if (!BarWords.Contains(word.Value))
            {
                otherWords++;
            }
        }

        if (networks.Count >= 1 && FollowUs.IsMatch(line))
        {
            return true;
        }

        // A few other words are allowed when the names are set out as a bar ("Texas Radio: Facebook | X").
        var laidOutAsBar = line.IndexOfAny(['|', '•', '·', '/']) >= 0;
        return networks.Count >= 2 && (otherWords == 0 || (laidOutAsBar && otherWords <= 4));
    }
}
