using KnowledgeGraph.Cli.Pipeline;
using KnowledgeGraph.Extraction.Ingest;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Terminal;

/// <summary>
/// Shows ingest progress: a progress bar on an interactive terminal, otherwise a line on standard error every few
/// seconds so that logs of long runs show they are alive. Problems always go to standard error, one line each.
/// </summary>
internal sealed class ConsoleIngestProgress : IIngestProgress, IDisposable
{
    private static readonly TimeSpan LogInterval = TimeSpan.FromSeconds(5);

    private readonly bool _interactive = !Console.IsErrorRedirected && AnsiConsole.Profile.Capabilities.Interactive;
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
    private readonly List<ReadProblem> _pendingProblems = [];
    private TimeSpan _lastLog;
    private int _total;
    private int _done;
    private int _documents;
    private ProgressTask? _task;
    private Task? _display;
    private TaskCompletionSource? _finished;

    public void Started(int fileCount)
    {
        _total = fileCount;
        if (!_interactive || fileCount == 0)
        {
            return;
        }

        var ready = new TaskCompletionSource();
        _finished = new TaskCompletionSource();
        _display = Task.Run(() => AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                _task = context.AddTask("Ingesting articles", maxValue: fileCount);
                ready.SetResult();
                _finished.Task.Wait();
            }));
        ready.Task.Wait();
    }

    public void FileDone(string path)
    {
        _done++;
        _task?.Increment(1);
        LogNowAndThen();
    }

    public void DocumentExtracted()
    {
        _documents++;
        LogNowAndThen();
    }

    /// <summary>Without a bar, a line every few seconds, so that a log of a long file shows it is alive.</summary>
    private void LogNowAndThen()
    {
        if (_task is null && _clock.Elapsed - _lastLog >= LogInterval)
        {
            _lastLog = _clock.Elapsed;
            Console.Error.WriteLine($"kg: {_done}/{_total} files ingested, {_documents} documents extracted");
        }
    }

    public void Reprocessing(int stale, int total)
    {
        _total = total;
        Console.Error.WriteLine(
            $"kg: {stale} of {total} document(s) were extracted by an older kg; re-extracting all {total} from their stored text " +
            "in one transaction (readers see the old graph until it ends)");
    }

    public void DocumentReprocessed(int done)
    {
        if (_clock.Elapsed - _lastLog >= LogInterval || done == _total)
        {
            _lastLog = _clock.Elapsed;
            Console.Error.WriteLine($"kg: {done}/{_total} documents re-extracted");
        }
    }

    public void Problem(ReadProblem problem)
    {
        if (_task is not null)
        {
            _pendingProblems.Add(problem); // printed after the bar, which would otherwise overwrite them
        }
        else
        {
            Write(problem);
        }
    }

    public void Dispose()
    {
        _finished?.TrySetResult();
        _display?.Wait();
        _pendingProblems.ForEach(Write);
        _pendingProblems.Clear();
    }

    private static void Write(ReadProblem problem) =>
        Console.Error.WriteLine($"{(problem.Skipped ? "skipped" : "warning")}: {problem.Path}: {problem.Reason}");
}
