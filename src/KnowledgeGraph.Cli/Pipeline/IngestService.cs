using KnowledgeGraph.Core.Documents;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Core.Resolution;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Cleaning;
using KnowledgeGraph.Extraction.Ingest;
using KnowledgeGraph.Extraction.Resolution;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Pipeline;

/// <summary>
/// The ingest data flow of architecture.md: read, clean, extract, resolve against the stored entity index, store in
/// batches. Files are taken in sorted order so the same input always gives the same ids. Writes nothing to the console.
/// </summary>
internal sealed class IngestService(ArticleCleaner cleaner, ExtractionPipeline pipeline, int batchSize = IngestService.DefaultBatchSize)
{
    /// <summary>Documents per transaction: large enough to amortise the commit, small enough to lose little on a crash.</summary>
    public const int DefaultBatchSize = 64;

    public static IngestService CreateDefault() => new(new ArticleCleaner(), ExtractionPipeline.CreateDefault());

    public IngestSummary Ingest(IEnumerable<string> inputs, KnowledgeGraphStore store, IIngestProgress progress)
    {
        var problems = new List<ReadProblem>();
        var files = ArticleSource.ExpandPaths(inputs, problems);
        problems.ForEach(progress.Problem);
        progress.Started(files.Count);

        var builder = new GraphBuilder(store.LoadEntityIndex());
        var seenThisRun = new HashSet<string>(StringComparer.Ordinal);
        var batch = new List<ResolvedDocument>(batchSize);
        var added = 0;
        var alreadyStored = 0;
        foreach (var file in files)
        {
            var result = ArticleSource.ReadFile(file);
            foreach (var problem in result.Problems)
            {
                problems.Add(problem);
                progress.Problem(problem);
            }

            foreach (var article in result.Articles)
            {
                var document = cleaner.Clean(article);
                if (document.Text.Length == 0)
                {
                    var problem = new ReadProblem(article.Path, "nothing but boilerplate was left after cleaning; skipped", Skipped: true);
                    problems.Add(problem);
                    progress.Problem(problem);
                    continue;
                }

                if (!seenThisRun.Add(document.ContentHash) || store.ContainsDocument(document.ContentHash))
                {
                    alreadyStored++;
                    continue;
                }

                var (facts, failure) = TryExtract(document);
                if (facts is null)
                {
                    var problem = new ReadProblem(article.Path, $"extraction failed ({failure!.GetType().Name}: {failure.Message}); skipped. Please report this with the file.", Skipped: true);
                    problems.Add(problem);
                    progress.Problem(problem);
                    continue;
                }

                batch.Add(builder.Resolve(facts));
                if (batch.Count >= batchSize)
                {
                    added += store.Write(batch);
                    batch.Clear();
                }
            }

            progress.FileDone(file);
        }

        if (batch.Count > 0)
        {
            added += store.Write(batch);
        }

        return new IngestSummary(files.Count, added, alreadyStored, problems, store.GetStatistics());
    }

    /// <summary>
    /// Extraction is pure and runs before anything touches the entity index or the store, so an article that trips
    /// a bug in it can be skipped on its own without losing the rest of the run.
    /// </summary>
    private (DocumentFacts? Facts, Exception? Failure) TryExtract(Document document)
    {
        try
        {
            return (pipeline.Extract(document), null);
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            return (null, failure);
        }
    }
}
