using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Bytes allocated per token: the memory diagnoser's bytes per operation divided by the tokens of one operation's
/// corpus. A stage that allocates per token shows tens of bytes or more here; one that allocates per sentence or per
/// document shows a few.
/// </summary>
internal sealed class AllocationPerTokenColumn(Func<int> tokensPerOperation) : IColumn
{
    private readonly Lazy<int> _tokensPerOperation = new(tokensPerOperation);

    public string Id => nameof(AllocationPerTokenColumn);

    public string ColumnName => "B/token";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 2;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Bytes allocated per token: Allocated / tokens in the corpus";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var bytes = summary[benchmarkCase]?.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        return bytes is { } allocated
            ? (allocated / (double)_tokensPerOperation.Value).ToString("N1", CultureInfo.InvariantCulture)
            : "NA";
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public override string ToString() => ColumnName;
}
