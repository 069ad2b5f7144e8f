namespace KnowledgeGraph.Cli.Tests.Support;

/// <summary>
/// Where the repository and the shared folder beside it are: as recorded at build time, else found from the test
/// binaries upwards.
/// </summary>
internal static class RepositoryLayout
{
    public static string Root { get; } = FindRoot();

    /// <summary>The <c>../shared</c> folder next to the repository (seeds, gold standard, CoNLL data).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Seeds => Path.Combine(Shared, "seeds");

    public static string Gold => Path.Combine(Shared, "gold", "seeds.gold.json");

    public static string Samples => Path.Combine(Root, "samples");

    public static string GraphExport => Path.Combine(Root, "graph-export");

    private static string FindRoot()
    {
        var recorded = typeof(RepositoryLayout).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (recorded is not null && File.Exists(Path.Combine(recorded, "KnowledgeGraph.sln")))
        {
            return recorded;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "KnowledgeGraph.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No KnowledgeGraph.sln above {AppContext.BaseDirectory}.");
    }
}
