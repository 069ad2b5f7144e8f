using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Cleaning;

/// <summary>
/// Removes the media and short links an embedded social post leaves in the text ("pic.twitter.com/Ab12",
/// "https://t.co/Zx98"). The post's words stay: a post embedded in a story is something its author said, and its
/// signature line ("— Jane Doe (@jdoe) March 4, 2025") is what ties a handle to a name.
/// </summary>
public static class MediaLinks
{
    // The link must start the line or follow a space (or "https://"), so "www.t.co/info" and "valleypost.co/x" stay.
    private static readonly Regex Link = new(
        @"(?:^|\s+)(?:https?://)?(?:pic\.twitter\.com|t\.co)/\w+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    public static string Strip(string line) =>
        line.Contains("pic.twitter.com/", StringComparison.OrdinalIgnoreCase) || line.Contains("t.co/", StringComparison.OrdinalIgnoreCase)
            ? Link.Replace(line, string.Empty)
            : line;
}
