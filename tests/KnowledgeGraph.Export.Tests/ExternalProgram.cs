using System.Diagnostics;
using System.Text;

namespace KnowledgeGraph.Export.Tests;

/// <summary>
/// Runs the programs that read our exports the way users' tools do (Graphviz, xmllint, Python, Node), so that tests
/// check the files against real parsers rather than against our own idea of the format.
/// </summary>
internal static class ExternalProgram
{
    /// <summary>True when the environment says this is CI, where a missing program is a failure rather than a skip.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Full path of the first of <paramref name="names"/> found on PATH, or null.</summary>
    public static string? FindOnPath(params string[] names)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(directory => names.Select(name => Path.Combine(directory, name)))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>
    /// Writes <paramref name="input"/> to a temporary file named with <paramref name="extension"/>, runs
    /// <paramref name="program"/> with <paramref name="arguments"/> followed by that file's path, and returns what it said.
    /// </summary>
    public static ProgramRun RunOnFile(string program, IEnumerable<string> arguments, byte[] input, string extension)
    {
        var file = Path.Combine(Path.GetTempPath(), $"kg-export-test-{Guid.NewGuid():N}{extension}");
        File.WriteAllBytes(file, input);
        try
        {
            return Run(program, [.. arguments, file]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    public static ProgramRun Run(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        // Both pipes are drained concurrently; reading one to the end first can deadlock when the other fills.
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(program)} did not finish within two minutes.");
        }

        return new ProgramRun(process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }
}

/// <summary>The result of one run of an external program.</summary>
internal sealed record ProgramRun(int ExitCode, string Output, string Error);
