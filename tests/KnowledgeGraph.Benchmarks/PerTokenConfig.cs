using BenchmarkDotNet.Configs;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// The per-token columns every corpus benchmark shows: ns/token, tokens/s and bytes allocated per token. A benchmark
/// class names a subclass with a parameterless constructor (BenchmarkDotNet creates the config itself) that says how
/// to count one operation's tokens.
/// </summary>
internal abstract class PerTokenConfig : ManualConfig
{
    protected PerTokenConfig(Func<int> tokensPerOperation)
    {
        AddColumn(
            TokenThroughputColumn.NanosecondsPerToken(tokensPerOperation),
            TokenThroughputColumn.TokensPerSecond(tokensPerOperation),
            new AllocationPerTokenColumn(tokensPerOperation));
    }
}
