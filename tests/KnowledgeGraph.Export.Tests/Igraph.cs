namespace KnowledgeGraph.Export.Tests;

/// <summary>Finds a Python with python-igraph and runs scripts with it, to read our GraphML as igraph users do.</summary>
internal static class Igraph
{
    /// <summary>What CI runs; quoted in the messages when igraph is missing.</summary>
    public const string InstallCommand = "apt-get install python3-igraph";

    // Probing starts a Python process per candidate, so it is done once per test run.
    private static readonly Lazy<string?> Interpreter = new(() => Python.Importing("igraph"));

    /// <summary>A Python interpreter (the python3 on PATH, else Debian's) that can import igraph, or null.</summary>
    public static string? PythonWithIgraph => Interpreter.Value;

    /// <summary>Runs <paramref name="script"/> with the GraphML in <paramref name="graphml"/> as <c>sys.argv[1]</c>.</summary>
    public static ProgramRun ReadGraphML(string script, byte[] graphml)
    {
        var python = PythonWithIgraph ?? throw new InvalidOperationException(
            $"No python3 with igraph was found, and CI=true requires this test to run. Install it with: {InstallCommand}");
        return ExternalProgram.RunOnFile(python, ["-c", script], graphml, ".graphml");
    }
}
