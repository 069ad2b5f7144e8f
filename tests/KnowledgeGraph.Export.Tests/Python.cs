namespace KnowledgeGraph.Export.Tests;

/// <summary>The Python interpreters the consumer tests try, for libraries installed by pip or by apt.</summary>
/// <remarks>
/// The python3 on PATH comes first because that is where a developer's pip installs go (and often the newer
/// library); Debian's /usr/bin/python3 comes next because apt's python3-* packages (what CI installs) go only there.
/// </remarks>
internal static class Python
{
    public static IEnumerable<string> Interpreters =>
        new[] { ExternalProgram.FindOnPath("python3"), "/usr/bin/python3" }
            .OfType<string>()
            .Where(File.Exists)
            .Distinct(StringComparer.Ordinal);

    /// <summary>The first of <see cref="Interpreters"/> that can import <paramref name="module"/>, or null.</summary>
    public static string? Importing(string module) =>
        Interpreters.FirstOrDefault(python => ExternalProgram.Run(python, ["-c", "import " + module]).ExitCode == 0);
}
