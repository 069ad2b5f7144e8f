namespace KnowledgeGraph.Extraction.Ingest;

/// <summary>
/// A .txt file is one article, taken as it is. It has no metadata, so the title is left to the cleaner, which
/// uses the first line.
/// </summary>
public sealed class PlainTextReader : IArticleReader
{
    public ReadResult Read(string path, string content) =>
        ReadResult.Of(new RawArticle(path, content, Title: null, Source: null, Url: null, Published: null));
}
