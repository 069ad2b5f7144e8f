using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using KnowledgeGraph.Extraction.Ner;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// The load a command-line run really sees before its first tagged word: once per process, code not yet compiled,
/// resources not yet touched. Five fresh processes with one call each, instead of the warm averages
/// <see cref="NerModelLoadBenchmarks"/> reports. <see cref="TaggerCold"/> adds the gazetteers and clusters.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 5, iterationCount: 1)]
[BenchmarkCategory("Ner", "Load", "Cold")]
public class NerModelColdLoadBenchmarks
{
    [Benchmark]
    public NerModel LoadModelCold() => ShippedNerModel.Load();

    [Benchmark]
    public NerTagger TaggerCold() => new(ShippedNerModel.Load(), NerLexicons.LoadShipped());
}
