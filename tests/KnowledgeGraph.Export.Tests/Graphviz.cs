namespace KnowledgeGraph.Export.Tests;

/// <summary>Finds and runs the Graphviz programs (<c>dot</c>, <c>sfdp</c>) for tests that check our DOT against the real parser.</summary>
internal static class Graphviz
{
    /// <summary>True on CI, where a missing <c>dot</c> fails the test instead of skipping it (see <see cref="ExternalProgram.IsCi"/>).</summary>
    public static bool IsCi => ExternalProgram.IsCi;

    /// <summary>Full path of <c>dot</c> on PATH, or null.</summary>
    public static string? FindDot() => OperatingSystem.IsWindows() ? ExternalProgram.FindOnPath("dot.exe") : ExternalProgram.FindOnPath("dot");

    /// <summary>
    /// Runs the Graphviz layout program <paramref name="engine"/> (<c>dot</c>, or <c>sfdp</c> as the README suggests
    /// for big graphs) with <c>-T<paramref name="format"/></c> on <paramref name="dotSource"/> and returns what it said.
    /// </summary>
    public static ProgramRun Render(byte[] dotSource, string format, string engine = "dot")
    {
        var program = ExternalProgram.FindOnPath(engine, engine + ".exe") ?? throw new InvalidOperationException(
            $"Graphviz '{engine}' is not on PATH, and CI=true requires this test to run. Install graphviz (e.g. apt-get install graphviz).");
        // -Glayout: the file names its own engine (DotLayout), which would otherwise win over the program run.
        return ExternalProgram.RunOnFile(program, ["-T" + format, "-Glayout=" + engine], dotSource, ".dot");
    }
}
