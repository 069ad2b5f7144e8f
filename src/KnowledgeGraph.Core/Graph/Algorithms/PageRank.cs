namespace KnowledgeGraph.Core.Graph.Algorithms;

/// <summary>
/// PageRank over the graph treated as undirected (each edge passes rank both ways), by power iteration.
/// Undirected because co-mention, the densest relation, has no direction; a dangling vertex spreads its rank evenly.
/// </summary>
public static class PageRank
{
    /// <param name="graph">The graph to rank.</param>
    /// <param name="damping">The chance a random walker follows an edge rather than jumping anywhere.</param>
    /// <param name="tolerance">Iteration stops once the ranks change by less than this in total.</param>
    /// <param name="maxIterations">Iteration stops after this many steps whatever the change.</param>
    /// <param name="weight">
    /// How much of a vertex's rank each edge passes on, relative to the vertex's other edges; every edge counts 1
    /// when null. Must be zero or more: a vertex whose edges all weigh zero is dangling.
    /// </param>
    public static IReadOnlyDictionary<TVertex, double> Compute<TVertex, TEdge>(
        IBidirectionalGraph<TVertex, TEdge> graph,
        double damping = 0.85,
        double tolerance = 1e-10,
        int maxIterations = 100,
        Func<TEdge, double>? weight = null)
        where TVertex : notnull
        where TEdge : IEdge<TVertex>
    {
        var vertices = graph.Vertices.ToArray();
        var n = vertices.Length;
        if (n == 0)
        {
            return new Dictionary<TVertex, double>();
        }

        var index = new Dictionary<TVertex, int>(n);
        for (var i = 0; i < n; i++)
        {
            index[vertices[i]] = i;
        }

        var links = vertices.Select(v => UndirectedNeighbours.IncidentEdges(graph, v)
            .Select(incident => (Neighbour: index[incident.Neighbour], Weight: WeightOf(incident.Edge, weight)))
            .ToArray()).ToArray();
        var totalWeight = links.Select(own => own.Sum(link => link.Weight)).ToArray();
        var rank = Enumerable.Repeat(1.0 / n, n).ToArray();
        var next = new double[n];
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            var dangling = 0.0;
            Array.Fill(next, 0.0);
            for (var i = 0; i < n; i++)
            {
                if (totalWeight[i] == 0)
                {
                    dangling += rank[i];
                    continue;
                }

                var share = rank[i] / totalWeight[i];
                foreach (var (j, w) in links[i])
                {
                    next[j] += share * w;
                }
            }

            var change = 0.0;
            for (var i = 0; i < n; i++)
            {
                var value = ((1 - damping) / n) + (damping * (next[i] + (dangling / n)));
                change += Math.Abs(value - rank[i]);
                rank[i] = value;
            }

            if (change < tolerance)
            {
                break;
            }
        }

        var result = new Dictionary<TVertex, double>(n);
        for (var i = 0; i < n; i++)
        {
            result[vertices[i]] = rank[i];
        }

        return result;
    }

    private static double WeightOf<TEdge>(TEdge edge, Func<TEdge, double>? weight)
    {
        if (weight is null)
        {
            return 1;
        }

        var value = weight(edge);
        return value >= 0 && double.IsFinite(value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(weight), value, $"Edge '{edge}' has a weight that is negative or not a number; PageRank needs weights of zero or more.");
    }
}
