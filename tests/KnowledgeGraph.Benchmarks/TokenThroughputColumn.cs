using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Per-token figures derived from the mean time of one call over a whole corpus. BenchmarkDotNet's
/// OperationsPerInvoke would do this but must be a constant, and the corpus size is only known at run time (it
/// depends on whether the CoNLL data is there). The host recounts the corpus instead: it is built deterministically.
/// </summary>
internal sealed class TokenThroughputColumn : IColumn
{
    private readonly Lazy<int> _tokensPerOperation;
    private readonly bool _tokensPerSecond;

    private TokenThroughputColumn(string name, Func<int> tokensPerOperation, bool tokensPerSecond)
    {
        ColumnName = name;
        _tokensPerOperation = new Lazy<int>(tokensPerOperation);
        _tokensPerSecond = tokensPerSecond;
    }

    public string Id => nameof(TokenThroughputColumn) + "." + ColumnName;

    public string ColumnName { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => _tokensPerSecond ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => _tokensPerSecond
        ? "Tokens tagged per second on one thread: 1e9 / ns per token"
        : "Mean time per token: Mean / tokens in the corpus";

    public static TokenThroughputColumn TokensPerSecond(Func<int> tokensPerOperation) => new("Tokens/s", tokensPerOperation, tokensPerSecond: true);

    public static TokenThroughputColumn NanosecondsPerToken(Func<int> tokensPerOperation) => new("ns/token", tokensPerOperation, tokensPerSecond: false);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (summary[benchmarkCase]?.ResultStatistics is not { } statistics)
        {
            return "NA";
        }

        var nanosecondsPerToken = statistics.Mean / _tokensPerOperation.Value;
        return _tokensPerSecond
            ? (1e9 / nanosecondsPerToken).ToString("N0", CultureInfo.InvariantCulture)
            : nanosecondsPerToken.ToString("N1", CultureInfo.InvariantCulture);
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public override string ToString() => ColumnName;
}
