using KnowledgeGraph.Cli.Pipeline;
using KnowledgeGraph.Cli.Tests.Support;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Cleaning;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Resolution;
using KnowledgeGraph.Extraction.Tagging;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Tests;

public sealed class IngestServiceTests
{
    // Regression: one article that tripped a bug in extraction aborted the run and lost the articles before it.
    [Fact]
    public void An_article_that_breaks_extraction_is_skipped_and_the_others_are_stored()
    {
        using var directory = new TemporaryDirectory();
        File.WriteAllText(directory.File("a.txt"), "Quay talks\n\nMarleen Vos met dockers in Rotterdam.");
        File.WriteAllText(directory.File("b.txt"), "Broken\n\nThis article makes the tagger EXPLODE.");
        File.WriteAllText(directory.File("c.txt"), "Ferry news\n\nJoost Peeters sailed from Antwerp.");
        var pipeline = new ExtractionPipeline(new ExplodingTagger(new CapitalizedSpanTagger(Gazetteer.Default)), new MentionResolver(Gazetteer.Default));
        var progress = new SilentProgress();

        using var store = KnowledgeGraphStore.OpenInMemory();
        var summary = new IngestService(new ArticleCleaner(), pipeline, batchSize: 2).Ingest([directory.Path], store, progress);

        Assert.Equal(2, summary.DocumentsAdded);
        Assert.Equal(2, store.GetStatistics().Documents);
        var problem = Assert.Single(summary.Problems);
        Assert.True(problem.Skipped);
        Assert.EndsWith("b.txt", problem.Path);
        Assert.Contains("extraction failed", problem.Reason);
        Assert.True(summary.HasSkippedInput);
        Assert.Equal(3, progress.Files.Count);
    }

    /// <summary>A tagger with a bug that fires on one word, standing in for any exception inside extraction.</summary>
    private sealed class ExplodingTagger(IEntityTagger inner) : IEntityTagger
    {
        public IReadOnlyList<EntitySpan> Tag(AnalyzedText text) =>
            text.Text.Contains("EXPLODE", StringComparison.Ordinal) ? throw new InvalidOperationException("tagger bug") : inner.Tag(text);
    }
}
