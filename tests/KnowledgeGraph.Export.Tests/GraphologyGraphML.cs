namespace KnowledgeGraph.Export.Tests;

/// <summary>
/// Runs Node.js with graphology-graphml, the GraphML reader of graphology (and so of Gephi Lite and sigma.js apps),
/// for tests that open our GraphML as those do. Where it is looked for: <see cref="NodeModules"/>.
/// </summary>
/// <remarks>
/// In Node the package parses with @xmldom/xmldom, its own dependency, so no DOMParser needs to be provided. It turns
/// typed keys into JavaScript numbers and merges Gephi's r, g and b into one <c>color</c> string.
/// </remarks>
internal static class GraphologyGraphML
{
    /// <summary>What CI runs to make these tests possible; quoted in the messages when it is missing.</summary>
    public const string InstallCommand = "npm install --global --no-audit --no-fund graphology@0.26.0 graphology-graphml@0.5.2";

    /// <summary>
    /// Parses the GraphML file named by the second argument and prints what graphology made of it: graph type, counts,
    /// and every node and edge with all its attributes as JavaScript holds them (so a number stays a JSON number).
    /// </summary>
    private const string ParseScript = """
        const Graph = load('graphology');
        const graphml = load('graphology-graphml');
        const graph = graphml.parse(Graph, require('fs').readFileSync(process.argv[2], 'utf8'));
        process.stdout.write(JSON.stringify({
          type: graph.type,
          multi: graph.multi,
          order: graph.order,
          size: graph.size,
          nodes: Object.fromEntries(graph.mapNodes((key, attributes) => [key, attributes])),
          edges: graph.mapEdges((key, attributes, source, target) => ({ key, source, target, attributes })),
        }));
        """;

    // Looking for the packages starts a Node process, so it is done once per test run.
    private static readonly Lazy<bool> Loadable = new(() => NodeModules.CanLoad("graphology", "graphology-graphml"));

    /// <summary>True when <c>node</c> is on PATH and can load graphology and graphology-graphml.</summary>
    public static bool IsAvailable => Loadable.Value;

    /// <summary>Parses <paramref name="graphml"/> with graphology-graphml and returns its report as JSON, or throws with Node's error.</summary>
    public static string Parse(byte[] graphml) => IsAvailable
        ? NodeModules.Output("graphology-graphml", ParseScript, graphml, ".graphml")
        : throw new InvalidOperationException(
            $"Node.js with graphology-graphml is not available, and CI=true requires this test to run. Install it with: {InstallCommand}");
}
