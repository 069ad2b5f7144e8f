namespace KnowledgeGraph.Cli.Tests.Support;

/// <summary>
/// A test that needs ../shared (seed articles, gold standard). Skipped with the reason when the folder is absent on a
/// developer's machine; on CI (CI=true) it runs anyway, so a missing folder fails loudly instead of passing silently.
/// </summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute() => Skip = SkipReason;

    internal static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why a test needing ../shared is skipped here, or null when it runs.</summary>
    internal static string? SkipReason => !Directory.Exists(RepositoryLayout.Seeds) && !IsCi
        ? $"needs the shared folder with seeds at {RepositoryLayout.Seeds}"
        : null;
}

/// <summary>A theory that needs ../shared, skipped or run as <see cref="SharedDataFactAttribute"/> says.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute() => Skip = SharedDataFactAttribute.SkipReason;
}
