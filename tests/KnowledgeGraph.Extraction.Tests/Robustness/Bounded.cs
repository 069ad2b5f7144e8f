namespace KnowledgeGraph.Extraction.Tests.Robustness;

/// <summary>
/// Runs one call on one input and fails when it takes longer than <see cref="Limit"/>. This is a guard against hangs
/// (catastrophic backtracking, a runaway loop), not a speed target, which belongs in the benchmarks: linear work on
/// 100 KB takes milliseconds, and the limit is wide enough that a machine busy with every other test assembly, a
/// garbage collection or a cold JIT never reaches it (2 s did, once, in a full parallel run on two cores).
/// </summary>
internal static class Bounded
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    public static T Run<T>(string what, object input, Func<T> call)
    {
        // The call runs on a worker so that a real hang fails this test after the limit instead of stalling the run.
        var work = Task.Run(call);
        Assert.True(work.Wait(Limit), $"{what} did not finish within {Limit.TotalSeconds:F0} s on {input}.");
        return work.Result;
    }
}
