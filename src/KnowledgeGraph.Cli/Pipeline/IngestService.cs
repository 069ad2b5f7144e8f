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
/// <param name="cleaner">Cleans each article.</param>
/// <param name="pipeline">Extracts each document; runs on several threads at once.</param>
/// <param name="batchSize">Documents per transaction.</param>
/// <param name="threads">Documents extracted at the same time (one writer resolves and stores them in input order).</param>
internal sealed class IngestService(ArticleCleaner cleaner, ExtractionPipeline pipeline, int batchSize = IngestService.DefaultBatchSize, int threads = 1)
{
    /// <summary>Documents per transaction: large enough to amortise the commit, small enough to lose little on a crash.</summary>
    public const int DefaultBatchSize = 64;

    /// <summary>
    /// Text per transaction at most, so that a run of very long documents does not hold dozens of them in memory at
    /// once: about twenty long articles, or a few parts of an oversized one.
    /// </summary>
    public const int MaxBatchCharacters = 1_000_000;

    public static IngestService CreateDefault(int threads = 1) => new(new ArticleCleaner(), ExtractionPipeline.CreateDefault(), threads: threads);

    public IngestSummary Ingest(IEnumerable<string> inputs, KnowledgeGraphStore store, IIngestProgress progress)
    {
        var problems = new List<ReadProblem>();
        var files = ArticleSource.ExpandPaths(inputs, problems);
        problems.ForEach(progress.Problem);

        void Report(ReadProblem problem)
        {
            problems.Add(problem);
            progress.Problem(problem);
        }

        progress.Started(files.Count);

        var builder = new GraphBuilder(store.LoadEntityIndex());
        var batch = new List<ResolvedDocument>(batchSize);
        var batchCharacters = 0;
        var added = 0;
        var alreadyStored = 0;
        using var feed = new ExtractionFeed(files, cleaner, TryExtract, store.LoadContentHashes(), threads);
        foreach (var step in feed.Steps())
        {
            if (step.Problem is { } problem)
            {
                Report(problem);
                continue;
            }

            if (step.FileDone is { } file)
            {
                progress.FileDone(file);
                continue;
            }

            if (step.AlreadyStored)
            {
                alreadyStored++;
                continue;
            }

            var (facts, failure) = step.Extraction!.GetAwaiter().GetResult();
            feed.Taken();
            if (facts is null)
            {
                Report(ExtractionFailed(step.Document!.Path, failure!, "skipped"));
                continue;
            }

            progress.DocumentExtracted();
            batch.Add(builder.Resolve(facts));
            batchCharacters += step.Document!.Text.Length;
            if (batch.Count >= batchSize || batchCharacters >= MaxBatchCharacters)
            {
                added += store.Write(batch);
                batch.Clear();
                batchCharacters = 0;
            }
        }

        if (batch.Count > 0)
        {
            added += store.Write(batch);
        }

        store.DateUndatedArticles();

        return new IngestSummary(files.Count, added, alreadyStored, problems, store.GetStatistics())
        {
            OutdatedDocuments = store.CountDocumentsExtractedBefore(pipeline.Version),
        };
    }

    /// <summary>
    /// Re-extracts the stored documents when some were extracted by an older version of the pipeline, replacing the
    /// whole graph in one transaction (see <see cref="KnowledgeGraphStore.ReplaceAllFacts"/>). Works from the stored
    /// cleaned text, so the article files need not exist any more. Does nothing when every document is current.
    /// </summary>
    /// <returns>How many documents were re-extracted, and a problem for each one extraction failed on.</returns>
    public (int Reprocessed, IReadOnlyList<ReadProblem> Problems) Reprocess(KnowledgeGraphStore store, IIngestProgress progress)
    {
        var stale = store.CountDocumentsExtractedBefore(pipeline.Version);
        if (stale == 0)
        {
            return (0, []);
        }

        var total = store.GetStatistics().Documents;
        progress.Reprocessing(stale, (int)total);
        var problems = new List<ReadProblem>();
        var builder = new GraphBuilder(new InMemoryEntityIndex());
        var outcome = store.ReplaceAllFacts(
            pipeline.Version,
            document =>
            {
                var (facts, failure) = TryExtract(document);
                if (facts is not null)
                {
                    return builder.Resolve(facts);
                }

                var problem = ExtractionFailed(document.Path, failure!, "kept without facts; the next --reprocess tries it again");
                problems.Add(problem);
                progress.Problem(problem);
                return null;
            },
            progress.DocumentReprocessed);
        store.DateUndatedArticles();
        return (outcome.Rederived, problems);
    }

    private static ReadProblem ExtractionFailed(string path, Exception failure, string outcome) =>
        new(path, $"extraction failed ({failure.GetType().Name}: {failure.Message}); {outcome}. Please report this with the file.", Skipped: true);

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
