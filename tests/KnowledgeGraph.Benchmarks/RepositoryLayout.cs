using System.Reflection;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Where the repository and the shared data beside it are: found from the binaries upwards, else as recorded at
/// build time (BenchmarkDotNet may run the code from a folder outside the repository).
/// </summary>
internal static class RepositoryLayout
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>The CoNLL-2003 development set: <c>KG_CONLL</c> when set, else <c>../shared/data/conll2003/eng.testa</c>.</summary>
    public static string ConllDevelopmentSet =>
        Environment.GetEnvironmentVariable("KG_CONLL") is { Length: > 0 } path
            ? path
            : Path.GetFullPath(Path.Combine(Root, "..", "shared", "data", "conll2003", "eng.testa"));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "KnowledgeGraph.sln")))
            {
                return directory.FullName;
            }
        }

        var recorded = typeof(RepositoryLayout).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (recorded is not null && File.Exists(Path.Combine(recorded, "KnowledgeGraph.sln")))
        {
            return recorded;
        }

        throw new InvalidOperationException($"No KnowledgeGraph.sln above {AppContext.BaseDirectory} nor at the recorded root '{recorded}'.");
    }
}
