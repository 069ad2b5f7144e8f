namespace KnowledgeGraph.Extraction.Ingest;

/// <summary>
/// An HTML page: the article's text only (the &lt;article&gt; with the most text, else &lt;main&gt;, else
/// &lt;body&gt;), and the page's metadata. Built on a tolerant scanner, so malformed pages still yield their text.
/// </summary>
public sealed class HtmlReader : IArticleReader
{
    public ReadResult Read(string path, string content)
    {
        var document = HtmlTreeBuilder.Parse(content);
        var metadata = HtmlMetadata.Of(document);
        var text = ArticleText(document);
        return ReadResult.Of(new RawArticle(path, text, metadata.Title, metadata.Source, metadata.Url, metadata.Published));
    }

    private static string ArticleText(HtmlElement document)
    {
        // Pages that list teasers mark each one as an <article>; the story itself is the one with the most text.
        var bestArticle = OutermostElements(document, "article")
            .Select(article => HtmlTextRenderer.Render(article, keepHeaders: true))
            .OrderByDescending(text => text.Length)
            .FirstOrDefault(text => text.Length > 0);
        if (bestArticle is not null)
        {
            return bestArticle;
        }

        foreach (var name in (string[])["main", "body"])
        {
            var region = OutermostElements(document, name)
                .Select(element => HtmlTextRenderer.Render(element))
                .FirstOrDefault(text => text.Length > 0);
            if (region is not null)
            {
                return region;
            }
        }

        return HtmlTextRenderer.Render(document);
    }

    /// <summary>
    /// Elements named <paramref name="name"/> that are not inside another one, nor inside page chrome such as
    /// &lt;aside&gt; where "related stories" live.
    /// </summary>
    private static IEnumerable<HtmlElement> OutermostElements(HtmlElement document, string name)
    {
        var pending = new Stack<HtmlElement>();
        pending.Push(document);
        while (pending.Count > 0)
        {
            var element = pending.Pop();
            if (element.Name == name)
            {
                yield return element;
                continue;
            }

            if (element.Name is "aside" or "nav" or "footer" or "template" or "script" or "style" or "form")
            {
                continue;
            }

            for (var index = element.Children.Count - 1; index >= 0; index--)
            {
                if (element.Children[index] is HtmlElement child)
                {
                    pending.Push(child);
                }
            }
        }
    }
}
