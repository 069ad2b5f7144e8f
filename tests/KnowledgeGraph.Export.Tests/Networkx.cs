namespace KnowledgeGraph.Export.Tests;

/// <summary>Finds a Python whose networkx reads GEXF 1.3 and runs scripts with it, to read our exports as Python users do.</summary>
/// <remarks>
/// networkx learned GEXF 1.3 in version 3.0; older ones (Debian 12 ships 2.8.8) look only for the 1.1 and 1.2 draft
/// namespaces and report "No &lt;graph&gt; element". Such an install is remembered so the skip reason can name it.
/// </remarks>
internal static class Networkx
{
    private const string ProbeScript = "import networkx, networkx.readwrite.gexf as gexf; print(networkx.__version__, '1.3' in gexf.GEXF.versions)";

    // Probing starts a Python process per candidate, so it is done once per test run.
    private static readonly Lazy<IReadOnlyList<Install>> Installs = new(FindInstalls);

    /// <summary>A Python interpreter (the python3 on PATH, else Debian's) whose networkx reads GEXF 1.3, or null.</summary>
    public static string? PythonReadingGexf13 => Installs.Value.FirstOrDefault(install => install.ReadsGexf13)?.Python;

    /// <summary>The version of the first networkx found, whatever it can read, or null when there is none.</summary>
    public static string? FoundVersion => Installs.Value.FirstOrDefault()?.Version;

    /// <summary>Runs <paramref name="script"/> with the GEXF in <paramref name="gexf"/> as <c>sys.argv[1]</c>.</summary>
    public static ProgramRun ReadGexf(string script, byte[] gexf)
    {
        var python = PythonReadingGexf13 ?? throw new InvalidOperationException(
            "No python3 with networkx 3 or later was found, and CI=true requires this test to run. Install it (e.g. pip install 'networkx>=3').");
        return ExternalProgram.RunOnFile(python, ["-c", script], gexf, ".gexf");
    }

    private static IReadOnlyList<Install> FindInstalls() =>
        new[] { ExternalProgram.FindOnPath("python3"), "/usr/bin/python3" }
            .OfType<string>()
            .Where(File.Exists)
            .Distinct(StringComparer.Ordinal)
            .Select(python => (Python: python, Run: ExternalProgram.Run(python, ["-c", ProbeScript])))
            .Where(probe => probe.Run.ExitCode == 0)
            .Select(probe => probe.Run.Output.Split(' ', 2, StringSplitOptions.TrimEntries) is [var version, var reads]
                ? new Install(probe.Python, version, reads == "True")
                : null)
            .OfType<Install>()
            .ToList();

    private sealed record Install(string Python, string Version, bool ReadsGexf13);
}
