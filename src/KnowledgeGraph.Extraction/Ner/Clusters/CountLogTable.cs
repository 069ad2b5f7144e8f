using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Extraction.Ner.Clusters;

/// <summary>
/// n·ln n and ln n for whole counts, looked up rather than computed: merge costs need billions of them and the
/// counts they are asked about are nearly always small.
/// </summary>
/// <remarks>
/// Merge costs are kept in count units (mutual information times the bigram total N): every cost is a difference in
/// which the ln N parts of ln(n / N) cancel, so N never enters and the arguments stay integers a table can index.
/// </remarks>
internal sealed class CountLogTable
{
    // Two tables of this many doubles are 64 MB; larger counts are rare enough to compute.
    private const int LargestTabulated = 1 << 22;

    private readonly double[] _xLogX;
    private readonly double[] _log;

    public CountLogTable(long largestCount)
    {
        var size = (int)Math.Min(largestCount, LargestTabulated) + 1;
        _xLogX = new double[size];
        _log = new double[size];
        for (var n = 1; n < size; n++)
        {
            _log[n] = Math.Log(n);
            _xLogX[n] = n * _log[n];
        }
    }

    /// <summary>n·ln n, with 0·ln 0 = 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double XLogX(int n)
    {
        var table = _xLogX;
        return (uint)n < (uint)table.Length ? table[n] : n * Math.Log(n);
    }

    /// <summary>
    /// ln n, and 0 for n = 0: it is only ever multiplied by a count that is then 0 as well, and 0·ln 0 is 0 here.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Log(long n)
    {
        var table = _log;
        return (ulong)n < (ulong)table.Length ? table[n] : Math.Log(n);
    }
}
