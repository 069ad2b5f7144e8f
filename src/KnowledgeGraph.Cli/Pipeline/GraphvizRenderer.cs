using System.Diagnostics;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Export;

namespace KnowledgeGraph.Cli.Pipeline;

/// <summary>Runs Graphviz, when it is installed, to turn a DOT file into a picture.</summary>
/// <remarks>
/// It always runs the <c>dot</c> program: our DOT files name their layout engine in the <c>layout</c> graph attribute
/// (<see cref="DotLayout"/>), and Graphviz programs obey it whatever they are called, so <c>dot</c> draws a big graph
/// with sfdp. One program to find is one less way for an installation to be half there.
/// </remarks>
internal static class GraphvizRenderer
{
    /// <summary>How to get Graphviz, for the messages that say it is missing.</summary>
    public const string InstallHint = "Debian/Ubuntu: sudo apt-get install graphviz; macOS: brew install graphviz";

    private const string Program = "dot";

    /// <summary>True when the <c>dot</c> program is on the PATH.</summary>
    public static bool IsInstalled() => FindOnPath(Program) is not null;

    /// <summary>Fails with the message that says how to install Graphviz unless it is installed.</summary>
    /// <returns>The full path of the <c>dot</c> program.</returns>
    /// <exception cref="GraphvizException">Graphviz is missing.</exception>
    public static string EnsureInstalled() => FindOnPath(Program) ?? throw new GraphvizException(
        $"Graphviz is not installed (there is no '{Program}' program on the PATH), so no picture can be drawn. Install it ({InstallHint}) and try again.");

    /// <summary>
    /// Renders <paramref name="dotFile"/> to <paramref name="outputFile"/> in the format its extension names (svg, png, pdf).
    /// </summary>
    /// <returns>Graphviz's warnings and errors; empty when it had nothing to say.</returns>
    /// <exception cref="GraphvizException">Graphviz is missing or failed.</exception>
    public static string Render(string dotFile, string outputFile)
    {
        var program = EnsureInstalled();
        var format = Path.GetExtension(outputFile).TrimStart('.').ToLowerInvariant();
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add($"-T{(format.Length == 0 ? "svg" : format)}");
        start.ArgumentList.Add($"-o{outputFile}");
        start.ArgumentList.Add(dotFile);
        using var process = Process.Start(start) ?? throw new GraphvizException($"Could not start {program}.");
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new GraphvizException($"Graphviz failed (exit code {process.ExitCode}): {errors.Result.Trim()}");
        }

        return errors.Result.Trim();
    }

    /// <summary>
    /// Writes <paramref name="graph"/> with <paramref name="exporter"/> to a temporary DOT file, renders it to
    /// <paramref name="outputFile"/> and deletes it again.
    /// </summary>
    /// <returns>Graphviz's warnings; empty when it had nothing to say.</returns>
    /// <exception cref="GraphvizException">Graphviz is missing or failed.</exception>
    public static string Render(EntityGraph graph, DotExporter exporter, string outputFile)
    {
        var dotFile = Path.Combine(Path.GetTempPath(), $"kg-render-{Guid.NewGuid():N}.dot");
        try
        {
            using (var stream = File.Create(dotFile))
            {
                exporter.Write(graph, stream);
            }

            return Render(dotFile, outputFile);
        }
        finally
        {
            File.Delete(dotFile);
        }
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, program))
            .FirstOrDefault(File.Exists);
}
