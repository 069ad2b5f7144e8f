namespace KnowledgeGraph.Export.Tests;

/// <summary>
/// Runs Node.js scripts that load npm packages, for tests that read our exports the way a web viewer does.
/// </summary>
/// <remarks>
/// Packages are looked up in the folders NODE_PATH names and in npm's default global folder (lib/node_modules under
/// node's own prefix), which Node's <c>require</c> does not search by itself: so <c>npm install --global</c> (what CI
/// does) and <c>npm install --prefix DIR</c> with <c>NODE_PATH=DIR/node_modules</c> (a developer who keeps the machine
/// clean) both work. The folders reach every script as its first argument, where <see cref="Loader"/> reads them.
/// </remarks>
internal static class NodeModules
{
    /// <summary>Script text that defines <c>load(name)</c>, a <c>require</c> that searches the folders above.</summary>
    public const string Loader = "const load = name => require(require.resolve(name, { paths: process.argv[1].split(require('path').delimiter) }));\n";

    /// <summary>Full path of <c>node</c> on PATH, or null.</summary>
    public static string? FindNode() => OperatingSystem.IsWindows() ? ExternalProgram.FindOnPath("node.exe") : ExternalProgram.FindOnPath("node");

    /// <summary>True when <c>node</c> is on PATH and can load every one of <paramref name="packages"/>.</summary>
    public static bool CanLoad(params string[] packages) =>
        FindNode() is { } node
        && ExternalProgram.Run(node, ["-e", Loader + string.Concat(packages.Select(package => $"load('{package}');")), Folders()]).ExitCode == 0;

    /// <summary>
    /// Runs <paramref name="script"/> (which may call <c>load</c>) with the module folders as <c>process.argv[1]</c>
    /// and a temporary file holding <paramref name="input"/> as <c>process.argv[2]</c>, and returns what it printed;
    /// when it fails, throws with Node's error and <paramref name="reader"/>, the package that could not read the file.
    /// </summary>
    public static string Output(string reader, string script, byte[] input, string extension)
    {
        var node = FindNode() ?? throw new InvalidOperationException("Node.js is not on PATH.");
        var run = ExternalProgram.RunOnFile(node, ["-e", Loader + script, Folders()], input, extension);
        return run.ExitCode == 0
            ? run.Output
            : throw new InvalidOperationException($"{reader} could not read the {extension} file (node exited with {run.ExitCode}): {run.Error}");
    }

    /// <summary>The folders to search, joined as NODE_PATH joins them: NODE_PATH's own, then npm's global folder.</summary>
    private static string Folders()
    {
        var globalFolder = FindNode() is { } node ? Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(node))!, "lib", "node_modules") : null;
        return string.Join(
            Path.PathSeparator,
            (Environment.GetEnvironmentVariable("NODE_PATH") ?? string.Empty)
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Append(globalFolder)
                .OfType<string>());
    }
}
