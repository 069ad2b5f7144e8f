using System.Diagnostics;
using System.Text;

namespace KnowledgeGraph.Export.Tests;

/// <summary>Finds and runs the Graphviz <c>dot</c> program for tests that check our DOT against the real parser.</summary>
internal static class Graphviz
{
    /// <summary>True when the environment says this is CI, where a missing <c>dot</c> is a failure rather than a skip.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Full path of <c>dot</c> on PATH, or null.</summary>
    public static string? FindDot()
    {
        var names = OperatingSystem.IsWindows() ? new[] { "dot.exe" } : new[] { "dot" };
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(directory => names.Select(name => Path.Combine(directory, name)))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>Runs <c>dot -T<paramref name="format"/></c> on <paramref name="dotSource"/> and returns what it said.</summary>
    public static DotRun Render(byte[] dotSource, string format)
    {
        var dot = FindDot() ?? throw new InvalidOperationException(
            "Graphviz 'dot' is not on PATH, and CI=true requires this test to run. Install graphviz (e.g. apt-get install graphviz).");
        var input = Path.Combine(Path.GetTempPath(), $"kg-export-test-{Guid.NewGuid():N}.dot");
        File.WriteAllBytes(input, dotSource);
        try
        {
            var start = new ProcessStartInfo(dot)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
                UseShellExecute = false,
            };
            start.ArgumentList.Add("-T" + format);
            start.ArgumentList.Add(input);
            using var process = Process.Start(start)!;
            // Both pipes are drained concurrently; reading one to the end first can deadlock when the other fills.
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("dot did not finish within two minutes.");
            }

            return new DotRun(process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
        }
        finally
        {
            File.Delete(input);
        }
    }
}

/// <summary>The result of one run of <c>dot</c>.</summary>
internal sealed record DotRun(int ExitCode, string Output, string Error);
