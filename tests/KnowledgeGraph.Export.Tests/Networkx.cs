namespace KnowledgeGraph.Export.Tests;

/// <summary>Finds a Python with networkx and runs scripts with it, to read our exports as Python users do.</summary>
/// <remarks>
/// Every networkx reads our GraphML, but GEXF 1.3 only from version 3.0 on; older ones (Debian 12 ships 2.8.8) look
/// only for the 1.1 and 1.2 draft namespaces and report "No &lt;graph&gt; element". Such an install is remembered so
/// the skip reason can name it, and still serves the GraphML tests.
/// </remarks>
internal static class Networkx
{
    /// <summary>What CI runs (Debian's networkx, enough for GraphML); quoted in the messages when networkx is missing.</summary>
    public const string InstallCommand = "apt-get install python3-networkx";

    private const string ProbeScript = "import networkx, networkx.readwrite.gexf as gexf; print(networkx.__version__, '1.3' in gexf.GEXF.versions)";

    // Probing starts a Python process per candidate, so it is done once per test run.
    private static readonly Lazy<IReadOnlyList<Install>> Installs = new(FindInstalls);

    /// <summary>A Python interpreter (the python3 on PATH, else Debian's) whose networkx reads GEXF 1.3, or null.</summary>
    public static string? PythonReadingGexf13 => Installs.Value.FirstOrDefault(install => install.ReadsGexf13)?.Python;

    /// <summary>The version of the first networkx found, whatever it can read, or null when there is none.</summary>
    public static string? FoundVersion => Installs.Value.FirstOrDefault()?.Version;

    /// <summary>The first Python interpreter found with any networkx, which is enough for GraphML; or null.</summary>
    public static string? PythonReadingGraphML => Installs.Value.FirstOrDefault()?.Python;

    /// <summary>Runs <paramref name="script"/> with the GraphML in <paramref name="graphml"/> as <c>sys.argv[1]</c>.</summary>
    public static ProgramRun ReadGraphML(string script, byte[] graphml)
    {
        var python = PythonReadingGraphML ?? throw new InvalidOperationException(
            $"No python3 with networkx was found, and CI=true requires this test to run. Install it with: {InstallCommand}");
        return ExternalProgram.RunOnFile(python, ["-c", script], graphml, ".graphml");
    }

    /// <summary>Runs <paramref name="script"/> with the GEXF in <paramref name="gexf"/> as <c>sys.argv[1]</c>.</summary>
    public static ProgramRun ReadGexf(string script, byte[] gexf)
    {
        var python = PythonReadingGexf13 ?? throw new InvalidOperationException(
            "No python3 with networkx 3 or later was found, and CI=true requires this test to run. Install it (e.g. pip install 'networkx>=3').");
        return ExternalProgram.RunOnFile(python, ["-c", script], gexf, ".gexf");
    }

    private static IReadOnlyList<Install> FindInstalls() =>
        Python.Interpreters
            .Select(python => (Python: python, Run: ExternalProgram.Run(python, ["-c", ProbeScript])))
            .Where(probe => probe.Run.ExitCode == 0)
            .Select(probe => probe.Run.Output.Split(' ', 2, StringSplitOptions.TrimEntries) is [var version, var reads]
                ? new Install(probe.Python, version, reads == "True")
                : null)
            .OfType<Install>()
            .ToList();

    private sealed record Install(string Python, string Version, bool ReadsGexf13);
}
