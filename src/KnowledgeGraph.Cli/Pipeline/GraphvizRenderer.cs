using System.Diagnostics;

namespace KnowledgeGraph.Cli.Pipeline;

/// <summary>Runs Graphviz, when it is installed, to turn a DOT file into a picture.</summary>
internal static class GraphvizRenderer
{
    /// <summary>True when the <c>dot</c> program is on the PATH.</summary>
    public static bool IsInstalled() => FindOnPath("dot") is not null;

    /// <summary>
    /// Renders <paramref name="dotFile"/> to <paramref name="outputFile"/> in the format its extension names (svg, png, pdf).
    /// </summary>
    /// <returns>Graphviz's warnings and errors; empty when it had nothing to say.</returns>
    /// <exception cref="GraphvizException">Graphviz is missing or failed.</exception>
    public static string Render(string dotFile, string outputFile, string layout = "dot")
    {
        var program = FindOnPath(layout) ?? throw new GraphvizException(
            $"Graphviz's '{layout}' program is not installed. Install Graphviz (Debian/Ubuntu: sudo apt-get install graphviz; macOS: brew install graphviz) and try again.");
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
            throw new GraphvizException($"{layout} failed (exit code {process.ExitCode}): {errors.Result.Trim()}");
        }

        return errors.Result.Trim();
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, program))
            .FirstOrDefault(File.Exists);
}
