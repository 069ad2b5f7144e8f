using KnowledgeGraph.Extraction.Ingest;

namespace KnowledgeGraph.Extraction.Tests.Ingest;

public class PlainTextReaderTests
{
    [Fact]
    public void Reads_the_whole_file_as_one_article_without_metadata()
    {
        const string content = "Ferry strike ends in Port Halden\nWorkers returned on Monday.\n";

        var result = new PlainTextReader().Read("news/ferry.txt", content);

        var article = Assert.Single(result.Articles);
        Assert.Equal(new RawArticle("news/ferry.txt", content, null, null, null, null), article);
        Assert.Empty(result.Problems);
    }
}
