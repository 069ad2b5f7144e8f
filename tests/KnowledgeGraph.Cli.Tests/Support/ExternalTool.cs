using System.Diagnostics;

namespace KnowledgeGraph.Cli.Tests.Support;

/// <summary>Runs outside programs the tests use to check our output the way users' tools read it.</summary>
internal static class ExternalTool
{
    public static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, program))
            .FirstOrDefault(File.Exists);

    /// <summary>A Python interpreter that can import networkx: the one on PATH, else Debian's.</summary>
    public static string? PythonWithNetworkx() =>
        new[] { Find("python3"), "/usr/bin/python3" }
            .Where(p => p is not null && File.Exists(p))
            .FirstOrDefault(p => Run(p!, ["-c", "import networkx"]).ExitCode == 0);

    public static (int ExitCode, string Output, string Errors) Run(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, errors.Result);
    }
}
