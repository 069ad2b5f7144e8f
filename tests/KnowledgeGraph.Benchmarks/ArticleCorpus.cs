using KnowledgeGraph.Core.Documents;
using KnowledgeGraph.Extraction.Cleaning;
using KnowledgeGraph.Extraction.Ingest;
using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Whole articles as ingest hands them to extraction, cleaned as ingest cleans them (which reads the dateline's date).
/// The CoNLL-2003 development set's documents, their words joined by spaces and their sentences by line breaks, when
/// the data is there (the same text <see cref="TaggingCorpus"/> tags, so the stage figures and the tagger-only figure
/// divide by comparable token counts); else the bundled samples repeated to a similar size.
/// </summary>
internal sealed record ArticleCorpus(string Description, IReadOnlyList<Document> Documents)
{
    /// <summary>Tokens as our tokenizer counts them, the unit the per-token columns divide by.</summary>
    public int TokenCount { get; } = Documents.Sum(document => Tokenizer.Tokenize(document.Text).Length);

    public static ArticleCorpus Load()
    {
        var words = TaggingCorpus.Load();
        var documents = words.Documents
            .Select((sentences, index) => Article(index, string.Join('\n', sentences.Select(words => string.Join(' ', words)))))
            .ToArray();
        return new ArticleCorpus(words.Description, documents);
    }

    private static readonly ArticleCleaner Cleaner = new();

    private static Document Article(int index, string text) =>
        Cleaner.Clean(new RawArticle($"article-{index}.txt", text, Title: null, Source: null, Url: null, Published: null));
}
