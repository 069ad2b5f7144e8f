using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Ingest;

/// <summary>
/// A Markdown article: metadata from front matter (title, date or published, source, url), body with the markup
/// removed line by line. The headline stays in the body as plain text because entity mentions in it count.
/// </summary>
public sealed class MarkdownReader : IArticleReader
{
    private static readonly Regex AtxHeading = new(
        @"^ {0,3}#{1,6}(?:[ \t]+(?<text>.*?))?(?:[ \t]+#+)?[ \t]*$",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    // A line of three or more -, * or _ (spaces allowed) is a rule; a line of = or - under text is a setext
    // heading underline. Neither is text.
    private static readonly Regex RuleOrUnderline = new(
        @"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|=+[ \t]*)$",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex Fence = new(@"^ {0,3}(?:`{3,}|~{3,})", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex ReferenceDefinition = new(
        @"^ {0,3}\[[^\]]+\]:[ \t]*\S+",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex ListItem = new(@"^(?:[-*+]|[0-9]{1,9}[.)])[ \t]", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex BlockquoteMarker = new(@"^ {0,3}(?:>[ \t]?)+", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    public ReadResult Read(string path, string content)
    {
        var frontMatter = MarkdownFrontMatter.Split(content);
        var (body, firstHeading) = StripBlocks(frontMatter.Body);
        var article = new RawArticle(
            path,
            body,
            Title: MetadataValues.NonBlank(frontMatter["title"]) ?? firstHeading,
            Source: MetadataValues.NonBlank(frontMatter["source"]),
            Url: MetadataValues.NonBlank(frontMatter["url"]),
            Published: MetadataValues.Date(frontMatter["date"]) ?? MetadataValues.Date(frontMatter["published"]));
        return ReadResult.Of(article);
    }

    private static (string Body, string? FirstHeading) StripBlocks(string markdown)
    {
        var output = new List<string>();
        string? firstHeading = null;
        string? previousText = null;
        var inFence = false;
        foreach (var line in markdown.Split('\n'))
        {
            // Code is not prose: the fence and everything inside it is dropped.
            if (Fence.IsMatch(line))
            {
                inFence = !inFence;
                previousText = null;
                continue;
            }

            if (inFence || ReferenceDefinition.IsMatch(line))
            {
                continue;
            }

            if (RuleOrUnderline.IsMatch(line))
            {
                // Paragraph text directly above an underline of = or - is a (setext) heading.
                if (previousText is not null && !ListItem.IsMatch(previousText) && line.TrimStart()[0] is '=' or '-')
                {
                    firstHeading ??= previousText;
                }

                previousText = null;
                continue;
            }

            var heading = AtxHeading.Match(line);
            string text;
            if (heading.Success)
            {
                text = MarkdownInlineMarkup.Strip(heading.Groups["text"].Value.Trim());
                if (text.Length > 0)
                {
                    firstHeading ??= text;
                }
            }
            else
            {
                text = MarkdownInlineMarkup.Strip(BlockquoteMarker.Replace(line, "", 1));
            }

            previousText = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
            output.Add(text);
        }

        return (string.Join('\n', output), firstHeading);
    }
}
