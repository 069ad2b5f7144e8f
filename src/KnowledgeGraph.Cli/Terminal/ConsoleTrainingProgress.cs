using System.Globalization;
using KnowledgeGraph.Cli.Pipeline;
using KnowledgeGraph.Extraction.Ner;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Terminal;

/// <summary>
/// Prints a line per training epoch as soon as it finishes (a run on CoNLL-2003 takes minutes, and logs of ablation
/// runs are read side by side), then which epoch was kept and what was written. Reports arrive on the training
/// thread, which is why this is not a <see cref="Progress{T}"/>: that would post them to the thread pool, out of order.
/// </summary>
internal sealed class ConsoleTrainingProgress : IProgress<NerEpochReport>
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private readonly List<NerEpochReport> _reports = [];

    /// <summary>
    /// The epoch the trainer keeps: the first with the best dev F1, or the last when there is no dev data. Worked out
    /// here from the reports because the model itself records its epoch only in its free-text description.
    /// </summary>
    public NerEpochReport? Kept =>
        _reports.Count == 0 || _reports[0].Dev is null
            ? _reports.LastOrDefault()
            : _reports.Aggregate((best, next) => next.Dev!.Overall.F1 > best.Dev!.Overall.F1 ? next : best);

    public static void PrintStart(int documents, int tokens, string trainingPath, int devDocuments, string devPath, NerTrainingOptions options)
    {
        Console.WriteLine(string.Create(
            Invariant,
            $"Training on {documents:N0} documents ({tokens:N0} tokens) from {trainingPath}, scoring each epoch on {devDocuments:N0} documents from {devPath}."));
        Console.WriteLine(string.Create(
            Invariant,
            $"{options.Epochs} epochs, seed {options.Seed}, features: {NerFeatureGroups.Describe(options.Features)}."));
    }

    public void Report(NerEpochReport value)
    {
        if (_reports.Count == 0)
        {
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape($"{"epoch",5}  {"mistakes",10}  {"dev precision",13}  {"dev recall",10}  {"dev F1",6}  {"seconds",7}")}[/]");
        }

        _reports.Add(value);
        var dev = value.Dev?.Overall;
        Console.WriteLine(string.Create(
            Invariant,
            $"{value.Epoch,5}  {value.TrainingMistakes,10:N0}  {Score(dev?.Precision),13}  {Score(dev?.Recall),10}  {Score(dev?.F1),6}  {value.Elapsed.TotalSeconds,7:F1}"));
    }

    public void PrintResult(NerModel model, string path, long bytes)
    {
        if (Kept is { } kept)
        {
            var dev = kept.Dev?.Overall;
            Console.WriteLine(dev is { } score
                ? string.Create(Invariant, $"Kept epoch {kept.Epoch} of {_reports.Count}, the best on dev: precision {score.Precision:F2}, recall {score.Recall:F2}, F1 {score.F1:F2}.")
                : string.Create(Invariant, $"Kept epoch {kept.Epoch} of {_reports.Count}."));
        }

        Console.WriteLine(string.Create(Invariant, $"Wrote {path}: {model.Weights.FeatureCount:N0} features, {Size(bytes)}."));
    }

    private static string Score(double? percent) => percent is { } value ? value.ToString("F2", Invariant) : "-";

    private static string Size(long bytes) => bytes switch
    {
        < 1024 => string.Create(Invariant, $"{bytes} bytes"),
        < 1024 * 1024 => string.Create(Invariant, $"{bytes / 1024.0:F1} KiB"),
        _ => string.Create(Invariant, $"{bytes / (1024.0 * 1024.0):F1} MiB"),
    };
}
