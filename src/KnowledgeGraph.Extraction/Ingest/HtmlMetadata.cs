using System.Net;

namespace KnowledgeGraph.Extraction.Ingest;

/// <summary>
/// What a page says about itself in its markup: Open Graph and article meta tags, the &lt;title&gt;, the first
/// &lt;time datetime&gt; and the canonical link.
/// </summary>
public sealed record HtmlMetadata(string? Title, DateOnly? Published, string? Source, string? Url)
{
    public static HtmlMetadata Of(HtmlElement document)
    {
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? titleElement = null;
        string? firstTimeStamp = null;
        string? canonical = null;
        foreach (var element in document.DescendantsAndSelf())
        {
            switch (element.Name)
            {
                case "meta":
                    // Sites put Open Graph keys in "property" or, wrongly but often, in "name".
                    var key = element.Attribute("property") ?? element.Attribute("name") ?? element.Attribute("itemprop");
                    var content = MetadataValues.NonBlank(element.Attribute("content"));
                    if (key is not null && content is not null)
                    {
                        meta.TryAdd(key.Trim(), content);
                    }

                    break;
                case "title":
                    titleElement ??= MetadataValues.NonBlank(Collapse(InnerRawText(element)));
                    break;
                case "time":
                    firstTimeStamp ??= MetadataValues.NonBlank(element.Attribute("datetime"));
                    break;
                case "link" when IsCanonical(element.Attribute("rel")):
                    canonical ??= MetadataValues.NonBlank(element.Attribute("href"));
                    break;
            }
        }

        return new HtmlMetadata(
            Title: meta.GetValueOrDefault("og:title") ?? titleElement,
            Published: MetadataValues.Date(meta.GetValueOrDefault("article:published_time"))
                ?? MetadataValues.Date(meta.GetValueOrDefault("datePublished"))
                ?? MetadataValues.Date(firstTimeStamp),
            Source: meta.GetValueOrDefault("og:site_name"),
            Url: meta.GetValueOrDefault("og:url") ?? canonical);
    }

    private static bool IsCanonical(string? rel) =>
        rel is not null && rel.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Contains("canonical", StringComparer.OrdinalIgnoreCase);

    // <title> holds raw text (its content is never markup), with entities still to decode.
    private static string InnerRawText(HtmlElement element) =>
        WebUtility.HtmlDecode(string.Concat(element.Children.OfType<HtmlText>().Select(text => text.Raw)));

    private static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
