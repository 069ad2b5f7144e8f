namespace KnowledgeGraph.Storage.Tests;

public sealed class DocumentListTests
{
    [Fact]
    public void Documents_are_listed_in_ingestion_order_with_their_metadata()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        var bridge = SampleNews.Bridge();
        store.Write([bridge, SampleNews.School()]);

        var documents = store.ListDocuments();

        Assert.Equal(
            [
                new DocumentSummary(1, "news/bridge.txt", "Harbour bridge opens", "The Test Courier", new DateOnly(2031, 4, 8), bridge.Facts.Document.ContentHash, 5),
                new DocumentSummary(2, "news/school.md", "A school for Port Elling", "The Test Courier", null, SampleNews.School().Facts.Document.ContentHash, 6),
            ],
            documents);
    }
}
