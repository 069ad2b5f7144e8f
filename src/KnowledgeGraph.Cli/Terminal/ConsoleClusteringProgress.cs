using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Extraction.Ner.Clusters;

namespace KnowledgeGraph.Cli.Terminal;

/// <summary>
/// Prints each progress message of <see cref="BrownClustering.Induce"/> as a line with the seconds since the start, so
/// a run of many minutes shows that it moves and how fast, then what was written. Messages are printed on the thread
/// that reports them, in order, for the reason <see cref="ConsoleTrainingProgress"/> gives.
/// </summary>
internal sealed class ConsoleClusteringProgress : IProgress<string>
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <param name="inputs">The input files as the cluster file's header names them.</param>
    public static void PrintStart(int sentences, int tokens, IReadOnlyList<string> inputs, BrownClusteringOptions options) =>
        Console.WriteLine(string.Create(
            Invariant,
            $"Clustering the words of {sentences:N0} sentences ({tokens:N0} tokens) from {string.Join(", ", inputs)} into at most {options.ClusterCount:N0} clusters, "
                + $"leaving out words seen fewer than {options.MinimumCount} times."));

    public void Report(string value) => Console.WriteLine(string.Create(Invariant, $"{_clock.Elapsed.TotalSeconds,8:F1} s  {value}"));

    public void PrintResult(WordClusters clusters, string path)
    {
        var clusterCount = clusters.Words.Select(word => word.Path).Distinct(StringComparer.Ordinal).Count();
        Console.WriteLine(string.Create(
            Invariant,
            $"Wrote {path}: {clusters.Count:N0} words in {clusterCount:N0} clusters, in {_clock.Elapsed.TotalSeconds:F1} s."));
    }
}
