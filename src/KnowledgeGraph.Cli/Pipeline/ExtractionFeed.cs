using System.Collections.Concurrent;
using System.Globalization;
using KnowledgeGraph.Core.Documents;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Extraction.Cleaning;
using KnowledgeGraph.Extraction.Ingest;

namespace KnowledgeGraph.Cli.Pipeline;

/// <summary>
/// Reads, cleans and extracts the articles ahead of the writer: one thread reads the files in order while extraction,
/// a pure function of one document, runs on exactly <c>threads</c> workers. The writer takes the steps in input order,
/// so ids, resolution and the database are exactly those of a single-threaded run. Each document is handed over as soon
/// as its extraction starts, and at most a few documents per worker are in flight, so neither a large corpus nor a
/// large file (a JSON Lines feed of thousands of articles) ever sits in memory, and a slow writer holds the reader back.
/// </summary>
internal sealed class ExtractionFeed : IDisposable
{
    private readonly BlockingCollection<Step> _steps = new();
    private readonly SemaphoreSlim _inFlight;
    private readonly TaskScheduler _workers;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _reader;

    /// <param name="files">The files, in the order the writer must see them.</param>
    /// <param name="cleaner">Cleans each article.</param>
    /// <param name="extract">Extraction of one document; must be safe to call from several threads.</param>
    /// <param name="stored">Content hashes already in the database: such documents are not extracted again.</param>
    /// <param name="threads">Documents extracted at the same time.</param>
    public ExtractionFeed(
        IReadOnlyList<string> files,
        ArticleCleaner cleaner,
        Func<Document, (DocumentFacts? Facts, Exception? Failure)> extract,
        ContentHashSet stored,
        int threads)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        _inFlight = new SemaphoreSlim(4 * threads);
        _workers = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, threads).ConcurrentScheduler;
        _reader = Task.Run(() => Read(files, cleaner, extract, stored));
    }

    /// <summary>
    /// One thing the writer must do, in order: report a problem, count a document already stored, store a document, or
    /// close a file.
    /// </summary>
    /// <param name="Problem">A problem to report.</param>
    /// <param name="AlreadyStored">The document's text is stored already (earlier, or earlier in this run).</param>
    /// <param name="Document">A document to store, with its extraction running or done.</param>
    /// <param name="Extraction">Its extraction.</param>
    /// <param name="FileDone">The file every step before this one came from.</param>
    public sealed record Step(
        ReadProblem? Problem = null,
        bool AlreadyStored = false,
        Document? Document = null,
        Task<(DocumentFacts? Facts, Exception? Failure)>? Extraction = null,
        string? FileDone = null);

    /// <summary>The steps in input order; blocks until the next is ready. Rethrows what stopped the reader.</summary>
    public IEnumerable<Step> Steps()
    {
        foreach (var step in _steps.GetConsumingEnumerable())
        {
            yield return step;
        }

        _reader.GetAwaiter().GetResult();
    }

    /// <summary>The writer has taken a document's facts: one more may start.</summary>
    public void Taken() => _inFlight.Release();

    public void Dispose()
    {
        // A writer that stops early must not leave the reader waiting for room for ever. What stopped the reader, if
        // anything, was already thrown by Steps; here it would only hide the writer's own exception.
        _stop.Cancel();
        try
        {
            _reader.Wait();
        }
        catch (AggregateException)
        {
        }

        _steps.Dispose();
        _inFlight.Dispose();
        _stop.Dispose();
    }

    private void Read(
        IReadOnlyList<string> files,
        ArticleCleaner cleaner,
        Func<Document, (DocumentFacts?, Exception?)> extract,
        ContentHashSet stored)
    {
        try
        {
            var seenThisRun = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                var result = ArticleSource.ReadFile(file);
                foreach (var problem in result.Problems)
                {
                    _steps.Add(new Step(Problem: problem), _stop.Token);
                }

                foreach (var article in result.Articles)
                {
                    var cleaned = cleaner.Clean(article);
                    if (cleaned.Text.Length == 0)
                    {
                        _steps.Add(new Step(Problem: new ReadProblem(article.Path, "nothing but boilerplate was left after cleaning; skipped", Skipped: true)), _stop.Token);
                        continue;
                    }

                    var parts = DocumentParts.Split(cleaned);
                    if (parts.Count > 1)
                    {
                        _steps.Add(new Step(Problem: new ReadProblem(article.Path, Oversized(cleaned, parts), Skipped: false)), _stop.Token);
                    }

                    foreach (var document in parts)
                    {
                        if (!seenThisRun.Add(document.ContentHash) || stored.Contains(document.ContentHash))
                        {
                            _steps.Add(new Step(AlreadyStored: true), _stop.Token);
                            continue;
                        }

                        _inFlight.Wait(_stop.Token);
                        var extraction = Task.Factory.StartNew(() => extract(document), CancellationToken.None, TaskCreationOptions.DenyChildAttach, _workers);
                        _steps.Add(new Step(Document: document, Extraction: extraction), _stop.Token);
                    }
                }

                _steps.Add(new Step(FileDone: file), _stop.Token);
            }
        }
        finally
        {
            _steps.CompleteAdding();
        }
    }

    private static string Oversized(Document cleaned, IReadOnlyList<Document> parts) => string.Create(
        CultureInfo.InvariantCulture,
        $"the article is {cleaned.Text.Length:N0} characters long, far more than any news article; it was stored as {parts.Count} documents ({parts[0].Path} to {parts[^1].Path}) of at most {DocumentParts.MaxCharacters:N0} characters, so that extraction stays bounded");
}
