using System.Collections.Concurrent;
using System.Globalization;
using KnowledgeGraph.Core.Documents;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Extraction.Cleaning;
using KnowledgeGraph.Extraction.Ingest;

namespace KnowledgeGraph.Cli.Pipeline;

/// <summary>
/// Reads, cleans and extracts the articles ahead of the writer: one thread reads the files in order while extraction,
/// a pure function of one document, runs on up to <c>threads</c> workers. The writer takes the results in input order,
/// so ids, resolution and the database are exactly those of a single-threaded run. At most a few documents per worker
/// are in flight, so a large corpus never sits in memory and a slow writer holds the readers back.
/// </summary>
internal sealed class ExtractionFeed : IDisposable
{
    private readonly BlockingCollection<FileWork> _files;
    private readonly SemaphoreSlim _inFlight;
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
        IReadOnlySet<string> stored,
        int threads)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        _inFlight = new SemaphoreSlim(4 * threads);
        _files = new BlockingCollection<FileWork>(boundedCapacity: 2 * threads);
        _reader = Task.Run(() => Read(files, cleaner, extract, stored));
    }

    /// <summary>One thing the writer must do, in order: report a problem, count a document already stored, or store one.</summary>
    /// <param name="Problem">A problem to report.</param>
    /// <param name="AlreadyStored">The document's text is stored already (earlier, or earlier in this run).</param>
    /// <param name="Document">A document to store, with its extraction running or done.</param>
    /// <param name="Extraction">Its extraction.</param>
    public sealed record Step(ReadProblem? Problem, bool AlreadyStored, Document? Document, Task<(DocumentFacts? Facts, Exception? Failure)>? Extraction);

    /// <summary>A file's steps, in the order a single-threaded run takes them.</summary>
    public sealed record FileWork(string File, IReadOnlyList<Step> Steps);

    /// <summary>The files' work in input order; blocks until the next file is read. Rethrows what stopped the reader.</summary>
    public IEnumerable<FileWork> Files()
    {
        foreach (var work in _files.GetConsumingEnumerable())
        {
            yield return work;
        }

        _reader.GetAwaiter().GetResult();
    }

    /// <summary>The writer has taken a document's facts: one more may start.</summary>
    public void Taken() => _inFlight.Release();

    public void Dispose()
    {
        // A writer that stops early must not leave the reader waiting for room for ever.
        _stop.Cancel();
        try
        {
            _reader.Wait();
        }
        catch (AggregateException stopped) when (stopped.InnerExceptions.All(e => e is OperationCanceledException))
        {
        }

        _files.Dispose();
        _inFlight.Dispose();
        _stop.Dispose();
    }

    private void Read(
        IReadOnlyList<string> files,
        ArticleCleaner cleaner,
        Func<Document, (DocumentFacts?, Exception?)> extract,
        IReadOnlySet<string> stored)
    {
        try
        {
            var seenThisRun = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                var steps = new List<Step>();
                var result = ArticleSource.ReadFile(file);
                steps.AddRange(result.Problems.Select(p => new Step(p, false, null, null)));
                foreach (var article in result.Articles)
                {
                    var cleaned = cleaner.Clean(article);
                    if (cleaned.Text.Length == 0)
                    {
                        steps.Add(new Step(new ReadProblem(article.Path, "nothing but boilerplate was left after cleaning; skipped", Skipped: true), false, null, null));
                        continue;
                    }

                    var parts = DocumentParts.Split(cleaned);
                    if (parts.Count > 1)
                    {
                        steps.Add(new Step(new ReadProblem(article.Path, Oversized(cleaned, parts), Skipped: false), false, null, null));
                    }

                    foreach (var document in parts)
                    {
                        if (!seenThisRun.Add(document.ContentHash) || stored.Contains(document.ContentHash))
                        {
                            steps.Add(new Step(null, true, null, null));
                            continue;
                        }

                        _inFlight.Wait(_stop.Token);
                        steps.Add(new Step(null, false, document, Task.Run(() => extract(document))));
                    }
                }

                _files.Add(new FileWork(file, steps), _stop.Token);
            }
        }
        finally
        {
            _files.CompleteAdding();
        }
    }

    private static string Oversized(Document cleaned, IReadOnlyList<Document> parts) => string.Create(
        CultureInfo.InvariantCulture,
        $"the article is {cleaned.Text.Length:N0} characters long, far more than any news article; it was stored as {parts.Count} documents ({parts[0].Path} to {parts[^1].Path}) of at most {DocumentParts.MaxCharacters:N0} characters, so that extraction stays bounded");
}
