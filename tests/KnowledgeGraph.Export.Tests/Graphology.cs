namespace KnowledgeGraph.Export.Tests;

/// <summary>
/// Runs Node.js with the graphology library, for tests that load our JSON the way a web viewer does.
/// </summary>
/// <remarks>
/// graphology is looked up in the folders NODE_PATH names and in npm's default global folder (lib/node_modules under
/// node's own prefix), which Node's <c>require</c> does not search by itself: so <c>npm install --global
/// graphology</c> (what CI does) and <c>npm install --prefix DIR graphology</c> with <c>NODE_PATH=DIR/node_modules</c>
/// (a developer who keeps the machine clean) both work. The folders reach the script as its first argument.
/// </remarks>
internal static class Graphology
{
    /// <summary>What CI runs to make these tests possible; quoted in the messages when it is missing.</summary>
    public const string InstallCommand = "npm install --global --no-audit --no-fund graphology@0.26.0";

    private const string Require = "require(require.resolve('graphology', { paths: process.argv[1].split(require('path').delimiter) }))";

    /// <summary>
    /// Reads the serialized graph in the file named by the second argument with <c>Graph.from</c>, which applies the
    /// file's options (a plain <c>import</c> into <c>new Graph()</c> would not be multi), and prints what
    /// graphology made of it.
    /// </summary>
    private const string ImportScript = "const Graph = " + Require + ";\n" + """
        const data = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));
        const graph = Graph.from(data);
        process.stdout.write(JSON.stringify({
          type: graph.type,
          multi: graph.multi,
          order: graph.order,
          size: graph.size,
          nodes: graph.mapNodes((key, attributes) => [key, attributes.label]),
          edges: graph.mapEdges((key, attributes, source, target) => [key, source, target]),
        }));
        """;

    // Looking for graphology starts a Node process, so it is done once per test run.
    private static readonly Lazy<string?> ModuleFolders = new(Locate);

    /// <summary>True when <c>node</c> is on PATH and can load graphology.</summary>
    public static bool IsAvailable => ModuleFolders.Value is not null;

    /// <summary>Imports <paramref name="json"/> with graphology and returns its report as JSON, or throws with Node's error.</summary>
    public static string Import(byte[] json)
    {
        var folders = ModuleFolders.Value ?? throw new InvalidOperationException(
            $"Node.js with graphology is not available, and CI=true requires this test to run. Install it with: {Graphology.InstallCommand}");
        var run = ExternalProgram.RunOnFile(FindNode()!, ["-e", ImportScript, folders], json, ".json");
        return run.ExitCode == 0
            ? run.Output
            : throw new InvalidOperationException($"graphology could not import the JSON (node exited with {run.ExitCode}): {run.Error}");
    }

    private static string? FindNode() => OperatingSystem.IsWindows() ? ExternalProgram.FindOnPath("node.exe") : ExternalProgram.FindOnPath("node");

    /// <summary>The module folders, joined as NODE_PATH joins them, in which graphology was found; null without node or graphology.</summary>
    private static string? Locate()
    {
        if (FindNode() is not { } node)
        {
            return null;
        }

        var globalFolder = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(node))!, "lib", "node_modules");
        var folders = string.Join(
            Path.PathSeparator,
            (Environment.GetEnvironmentVariable("NODE_PATH") ?? string.Empty)
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Append(globalFolder));
        return ExternalProgram.Run(node, ["-e", Require, folders]).ExitCode == 0 ? folders : null;
    }
}
