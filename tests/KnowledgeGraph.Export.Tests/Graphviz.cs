namespace KnowledgeGraph.Export.Tests;

/// <summary>Finds and runs the Graphviz programs (<c>dot</c>, <c>sfdp</c>) for tests that check our DOT against the real parser.</summary>
internal static class Graphviz
{
    /// <summary>True on CI, where a missing <c>dot</c> fails the test instead of skipping it (see <see cref="ExternalProgram.IsCi"/>).</summary>
    public static bool IsCi => ExternalProgram.IsCi;

    /// <summary>Full path of <c>dot</c> on PATH, or null.</summary>
    public static string? FindDot() => OperatingSystem.IsWindows() ? ExternalProgram.FindOnPath("dot.exe") : ExternalProgram.FindOnPath("dot");

    /// <summary>
    /// Runs Graphviz with <c>-T<paramref name="format"/></c> on <paramref name="dotSource"/> and returns what it said.
    /// Without <paramref name="engine"/> the <c>dot</c> program runs and the file's own <c>layout</c> attribute picks
    /// the engine, as for a user; with one, that program runs and <c>-Glayout</c> makes it lay the graph out itself,
    /// since the file's attribute would otherwise win.
    /// </summary>
    public static ProgramRun Render(byte[] dotSource, string format, string? engine = null)
    {
        var programName = engine ?? "dot";
        var program = ExternalProgram.FindOnPath(programName, programName + ".exe") ?? throw new InvalidOperationException(
            $"Graphviz '{programName}' is not on PATH, and CI=true requires this test to run. Install graphviz (e.g. apt-get install graphviz).");
        string[] arguments = engine is null ? ["-T" + format] : ["-T" + format, "-Glayout=" + engine];
        return ExternalProgram.RunOnFile(program, arguments, dotSource, ".dot");
    }
}
