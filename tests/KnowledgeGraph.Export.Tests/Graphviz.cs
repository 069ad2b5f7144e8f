namespace KnowledgeGraph.Export.Tests;

/// <summary>Finds and runs the Graphviz <c>dot</c> program for tests that check our DOT against the real parser.</summary>
internal static class Graphviz
{
    /// <summary>True on CI, where a missing <c>dot</c> fails the test instead of skipping it (see <see cref="ExternalProgram.IsCi"/>).</summary>
    public static bool IsCi => ExternalProgram.IsCi;

    /// <summary>Full path of <c>dot</c> on PATH, or null.</summary>
    public static string? FindDot() => OperatingSystem.IsWindows() ? ExternalProgram.FindOnPath("dot.exe") : ExternalProgram.FindOnPath("dot");

    /// <summary>Runs <c>dot -T<paramref name="format"/></c> on <paramref name="dotSource"/> and returns what it said.</summary>
    public static ProgramRun Render(byte[] dotSource, string format)
    {
        var dot = FindDot() ?? throw new InvalidOperationException(
            "Graphviz 'dot' is not on PATH, and CI=true requires this test to run. Install graphviz (e.g. apt-get install graphviz).");
        return ExternalProgram.RunOnFile(dot, ["-T" + format], dotSource, ".dot");
    }
}
