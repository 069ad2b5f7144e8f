using System.Globalization;
using KnowledgeGraph.Cli.Ner;
using KnowledgeGraph.Extraction.Ner;
using KnowledgeGraph.Extraction.Ner.Conll;
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

    public static void PrintStart(int documents, int tokens, string trainingPath, int devDocuments, string devPath, NerTrainingOptions options)
    {
        Console.WriteLine(string.Create(
            Invariant,
            $"Training on {documents:N0} documents ({tokens:N0} tokens) from {trainingPath}, scoring each epoch on {devDocuments:N0} documents from {devPath}."));
        Console.WriteLine(string.Create(
            Invariant,
            $"{options.Members} members of {options.Epochs} epochs each, seeds {options.Seed} to {options.Seed + options.Members - 1}, features: {NerFeatureGroups.Describe(options.Features)}."));
    }

    public void Report(NerEpochReport value)
    {
        if (_reports.Count == 0)
        {
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape($"{"member",6}  {"epoch",5}  {"mistakes",10}  {"dev precision",13}  {"dev recall",10}  {"dev F1",6}  {"seconds",7}")}[/]");
        }

        _reports.Add(value);
        var dev = value.Dev?.Overall;
        Console.WriteLine(string.Create(
            Invariant,
            $"{value.Member,6}  {value.Epoch,5}  {value.TrainingMistakes,10:N0}  {Score(dev?.Precision),13}  {Score(dev?.Recall),10}  {Score(dev?.F1),6}  {value.Elapsed.TotalSeconds,7:F1}"));
    }

    /// <summary>What was kept of each member, the final model's own dev scores (when there is dev data), and the file.</summary>
    public void PrintResult(NerTrainingResult result, ConllScores? dev, string path, long bytes)
    {
        var epochsPerMember = _reports.Count == 0 ? 0 : _reports.Max(r => r.Epoch);
        foreach (var kept in result.Kept)
        {
            Console.WriteLine(kept.Dev?.Overall is { } score
                ? string.Create(Invariant, $"Member {kept.Member}: kept epoch {kept.Epoch} of {epochsPerMember}, dev F1 {score.F1:F2}.")
                : string.Create(Invariant, $"Member {kept.Member}: kept epoch {kept.Epoch} of {epochsPerMember}."));
        }

        if (dev?.Overall is { } overall)
        {
            Console.WriteLine(string.Create(
                Invariant,
                $"The model{(result.Kept.Count > 1 ? $" (mean of {result.Kept.Count} members)" : string.Empty)} on dev: precision {overall.Precision:F2}, recall {overall.Recall:F2}, F1 {overall.F1:F2}."));
        }

        Console.WriteLine(string.Create(Invariant, $"Wrote {path}: {result.Model.Weights.FeatureCount:N0} features, {Size(bytes)}."));
    }

    private static string Score(double? percent) => percent is { } value ? value.ToString("F2", Invariant) : "-";

    private static string Size(long bytes) => bytes switch
    {
        < 1024 => string.Create(Invariant, $"{bytes} bytes"),
        < 1024 * 1024 => string.Create(Invariant, $"{bytes / 1024.0:F1} KiB"),
        _ => string.Create(Invariant, $"{bytes / (1024.0 * 1024.0):F1} MiB"),
    };
}
