namespace KnowledgeGraph.Cli.Tests.Support;

/// <summary>
/// A test that needs ../shared (seed articles, gold standard). Skipped with the reason when the folder is absent on a
/// developer's machine; on CI (CI=true) it runs anyway, so a missing folder fails loudly instead of passing silently.
/// </summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (!Directory.Exists(RepositoryLayout.Seeds) && !IsCi)
        {
            Skip = $"needs the shared folder with seeds at {RepositoryLayout.Seeds}";
        }
    }

    internal static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
