using KnowledgeGraph.Core.Documents;
using KnowledgeGraph.Extraction.Cleaning.Boilerplate;
using KnowledgeGraph.Extraction.Ingest;
using KnowledgeGraph.Extraction.Time;

namespace KnowledgeGraph.Extraction.Cleaning;

/// <summary>
/// Turns a raw article into the <see cref="Document"/> whose text every later offset refers to: boilerplate lines
/// dropped, media links removed, missing spaces repaired, and byline, dateline, source and publication date picked up on the way.
/// Headline, byline and dateline stay in the text because the names in them are mentions too.
/// </summary>
public sealed class ArticleCleaner(IReadOnlyList<IBoilerplateRule> rules)
{
    // Bylines, datelines and publication dates sit at the top; further down, a date belongs to the story.
    private const int HeaderLineCount = 6;
    private const int LongestTitle = 300;

    private static readonly CopyrightLineRule CopyrightRule = new();

    public ArticleCleaner()
        : this(BoilerplateRules.Default)
    {
    }

    /// <summary>Boilerplate removed, spaces repaired, metadata picked up. Returns Core's Document with ContentHash.Of(text).</summary>
    public Document Clean(RawArticle article)
    {
        string? copyrightHolder = null;
        var kept = new List<string>();
        foreach (var rawLine in TextFileDecoder.NormalizeLineEndings(article.Text).Split('\n'))
        {
            var unsafeRemoved = UnsafeCharacters.Remove(rawLine).Trim();
            var line = MediaLinks.Strip(unsafeRemoved).Trim();
            if (line.Length == 0 && unsafeRemoved.Length > 0)
            {
                continue; // a line that held only a link is gone, not a paragraph break
            }

            if (line.Length > 0 && IsBoilerplate(line))
            {
                if (CopyrightRule.IsBoilerplate(line))
                {
                    copyrightHolder ??= CopyrightLineRule.HolderOf(line);
                }

                continue;
            }

            var previousWasBlank = kept.Count > 0 && kept[^1].Length == 0;
            if (line.Length > 0 || !previousWasBlank)
            {
                kept.Add(MissingSpaceRepair.Repair(line));
            }
        }

        var text = string.Join('\n', kept).Trim();
        var headerLines = text.Split('\n').Where(line => line.Length > 0).Take(HeaderLineCount).ToList();
        var title = TitleOf(article.Title, headerLines);
        var byline = headerLines.Select(line => (Line: line, Names: BylineParser.Parse(line))).FirstOrDefault(found => found.Names is not null);
        var dateline = headerLines.Select(DatelineParser.Parse).FirstOrDefault(found => found is not null);
        var published = article.Published
            ?? dateline?.Date
            ?? (byline.Line is null ? null : AbsoluteDateParser.FindFirst(byline.Line))
            ?? DateFromHeaderLines(headerLines, title);
        return new Document(
            article.Path,
            title,
            Source: NonBlank(article.Source) ?? copyrightHolder ?? dateline?.Agency,
            Url: NonBlank(article.Url),
            Published: published,
            Byline: byline.Names,
            Dateline: dateline?.Place,
            Text: text,
            ContentHash: ContentHash.Of(text));
    }

    /// <summary>
    /// Longer than any boilerplate line (a sign-up pitch, a share bar, a copyright notice): no rule need read such a line,
    /// and some would read a 40 MB run-on line word by word.
    /// </summary>
    public const int MaxBoilerplateLineLength = 600;

    private bool IsBoilerplate(string line)
    {
        if (line.Length > MaxBoilerplateLineLength)
        {
            return false;
        }

        foreach (var rule in rules)
        {
            if (rule.IsBoilerplate(line))
            {
                return true;
            }
        }

        return false;
    }

    private static string TitleOf(string? given, List<string> headerLines)
    {
        var title = NonBlank(given) ?? headerLines.FirstOrDefault() ?? "";
        if (title.Length <= LongestTitle)
        {
            return title;
        }

        // A first line this long is a paragraph; cut it at a word boundary rather than mid-word.
        var cut = title.LastIndexOf(' ', LongestTitle - 1);
        return (cut > 0 ? title[..cut] : title[..(LongestTitle - 1)]).TrimEnd(' ', ',', ';', ':') + "…";
    }

    /// <summary>
    /// A date on a line of its own near the top ("Published Sept. 3, 2025", "Sept. 3, 2025 | 10:00 AM"),
    /// skipping the headline, whose dates are news rather than publication.
    /// </summary>
    private static DateOnly? DateFromHeaderLines(List<string> headerLines, string title)
    {
        foreach (var line in headerLines)
        {
            if (line != title && PublicationDateLine.DateOf(line) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>
    /// A metadata value as it may be stored: readers pass on what the file says, so control characters, non-characters
    /// and lone surrogates are removed here as in the text, and a line break becomes a space rather than joining words.
    /// </summary>
    private static string? NonBlank(string? value) =>
        value is null ? null : UnsafeCharacters.Remove(value.ReplaceLineEndings(" ")).Trim() is { Length: > 0 } safe ? safe : null;
}
