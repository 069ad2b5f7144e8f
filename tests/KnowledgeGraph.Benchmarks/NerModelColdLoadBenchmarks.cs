using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using KnowledgeGraph.Extraction.Ner;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// The model load a command-line run really sees: once per process, code not yet compiled, resource not yet touched.
/// Five fresh processes with one call each, instead of the warm average <see cref="NerModelLoadBenchmarks"/> reports.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 5, iterationCount: 1)]
[BenchmarkCategory("Ner", "Load", "Cold")]
public class NerModelColdLoadBenchmarks
{
    [Benchmark]
    public NerModel LoadModelCold() => ShippedNerModel.Load();
}
