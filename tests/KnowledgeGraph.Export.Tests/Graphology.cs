namespace KnowledgeGraph.Export.Tests;

/// <summary>
/// Runs Node.js with the graphology library, for tests that load our JSON the way a web viewer does. Where it is
/// looked for: <see cref="NodeModules"/>.
/// </summary>
internal static class Graphology
{
    /// <summary>What CI runs to make these tests possible; quoted in the messages when it is missing.</summary>
    public const string InstallCommand = "npm install --global --no-audit --no-fund graphology@0.26.0";

    /// <summary>
    /// Reads the serialized graph in the file named by the second argument with <c>Graph.from</c>, which applies the
    /// file's options (a plain <c>import</c> into <c>new Graph()</c> would not be multi), and prints what
    /// graphology made of it: nodes as [key, label], edges as [key, source, target], and every attribute of each
    /// node and edge by key, as graphology holds it.
    /// </summary>
    private const string ImportScript = """
        const Graph = load('graphology');
        const data = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));
        const graph = Graph.from(data);
        process.stdout.write(JSON.stringify({
          type: graph.type,
          multi: graph.multi,
          order: graph.order,
          size: graph.size,
          nodes: graph.mapNodes((key, attributes) => [key, attributes.label]),
          edges: graph.mapEdges((key, attributes, source, target) => [key, source, target]),
          nodeAttributes: Object.fromEntries(graph.mapNodes((key, attributes) => [key, attributes])),
          edgeAttributes: Object.fromEntries(graph.mapEdges((key, attributes) => [key, attributes])),
        }));
        """;

    // Looking for graphology starts a Node process, so it is done once per test run.
    private static readonly Lazy<bool> Loadable = new(() => NodeModules.CanLoad("graphology"));

    /// <summary>True when <c>node</c> is on PATH and can load graphology.</summary>
    public static bool IsAvailable => Loadable.Value;

    /// <summary>Imports <paramref name="json"/> with graphology and returns its report as JSON, or throws with Node's error.</summary>
    public static string Import(byte[] json) => IsAvailable
        ? NodeModules.Output("graphology", ImportScript, json, ".json")
        : throw new InvalidOperationException(
            $"Node.js with graphology is not available, and CI=true requires this test to run. Install it with: {InstallCommand}");
}
