namespace KnowledgeGraph.Export;

/// <summary>
/// The Graphviz layout engine a DOT file asks for, with the graph attributes that engine needs to draw a news graph
/// readably. The engine goes into the file as the <c>layout</c> graph attribute, so <c>dot -Tsvg file.dot</c> (or any
/// other Graphviz program given the file) draws it with that engine: the choice travels with the file.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="For"/> gives graphs of up to <see cref="MaxNodesForDot"/> nodes to <c>dot</c> and bigger ones to
/// <c>sfdp</c>. dot's time grows much faster than the graph, and co-mentions have few levels of hierarchy, so its
/// drawing grows sideways. Timed with Graphviz 2.43 on two cores on generated graphs shaped like our exports
/// (<c>tools/graphviz/layout_timings.py</c>; the README's Performance section has the whole table): at 300 nodes and
/// two edges per node dot takes 0.4 s against sfdp's 0.1 s but draws 14,000 points (five metres) wide; with four edges
/// per node it takes 15 s. At 1,000 nodes dot takes 9 s to 10 minutes, sfdp under a second, keeping the drawing about
/// twice as wide as high. Below 300 nodes dot's layered drawing, with edge labels set clear of the edges, reads best.
/// </para>
/// <para>
/// sfdp and neato draw straight edges: sfdp's spline routing (<c>splines=true</c>) took 51 to 122 s for 100 nodes
/// with edge labels, against 0.06 s with straight lines. <c>overlap=prism</c> removes node overlaps while keeping the
/// layout's shape (with their defaults sfdp left 86 pairs of nodes overlapping on the sample graph, neato 127), and
/// edges are drawn first so that nodes and their labels stay on top of a dense tangle. dot keeps its own defaults.
/// </para>
/// </remarks>
public sealed class DotLayout
{
    /// <summary>The largest graph, in nodes, that <see cref="For"/> gives to <c>dot</c>; see the remarks for why.</summary>
    public const int MaxNodesForDot = 300;

    private static readonly (string Name, string Value)[] ForceDirected =
        [("overlap", "prism"), ("splines", "line"), ("outputorder", "edgesfirst")];

    private DotLayout(string engine, IReadOnlyList<(string Name, string Value)> attributes)
    {
        Engine = engine;
        GraphAttributes = [("layout", engine), .. attributes];
    }

    /// <summary>Layered drawing, edges pointing one way; dot's defaults suit it.</summary>
    public static DotLayout Dot { get; } = new("dot", []);

    /// <summary>Multiscale force-directed drawing, for big graphs.</summary>
    public static DotLayout Sfdp { get; } = new("sfdp", ForceDirected);

    /// <summary>Spring-model drawing: often tidier than sfdp on small graphs, but its time grows with the square of the nodes.</summary>
    public static DotLayout Neato { get; } = new("neato", ForceDirected);

    /// <summary>Every layout, in the order the command line lists them.</summary>
    public static IReadOnlyList<DotLayout> All { get; } = [Dot, Sfdp, Neato];

    /// <summary>The Graphviz engine, as Graphviz names it (and as its program is called).</summary>
    public string Engine { get; }

    /// <summary>The graph attributes this layout writes, <c>layout</c> first.</summary>
    public IReadOnlyList<(string Name, string Value)> GraphAttributes { get; }

    /// <summary>The layout for a graph of <paramref name="nodeCount"/> nodes: dot for small graphs, sfdp for big ones.</summary>
    public static DotLayout For(int nodeCount) => nodeCount <= MaxNodesForDot ? Dot : Sfdp;

    public override string ToString() => Engine;
}
