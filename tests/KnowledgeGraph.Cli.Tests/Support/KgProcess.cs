using System.Diagnostics;
using KnowledgeGraph.Export.Tests;

namespace KnowledgeGraph.Cli.Tests.Support;

/// <summary>
/// Runs <c>kg</c> as a process of its own, for what an in-process run cannot change without disturbing tests that run
/// beside it: its environment, such as a PATH without Graphviz.
/// </summary>
internal static class KgProcess
{
    public static (int Exit, string Output, string Errors) Run(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Start(environment, args);
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("kg did not finish within two minutes.");
        }

        return (process.ExitCode, output, errors.Result);
    }

    /// <summary>Starts kg with its output redirected, for a test that stops it from outside (kill -9).</summary>
    public static Process Start(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        // kg.dll sits beside the tests; the dotnet host runs it, and finds the runtime beside itself whatever PATH says.
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }

    /// <summary>The dotnet host running the tests, else the one the SDK names, else the one on PATH.</summary>
    private static string DotnetHost()
    {
        var current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet")
        {
            return current;
        }

        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } sdkHost && File.Exists(sdkHost)
            ? sdkHost
            : ExternalProgram.FindOnPath(OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet") ?? throw new InvalidOperationException("No dotnet host found to run kg with.");
    }
}
