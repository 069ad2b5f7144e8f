namespace KnowledgeGraph.Core.Graph.Algorithms;

/// <summary>
/// PageRank over the graph treated as undirected (each edge passes rank both ways), by power iteration.
/// Undirected because co-mention, the densest relation, has no direction; a dangling vertex spreads its rank evenly.
/// </summary>
public static class PageRank
{
    public static IReadOnlyDictionary<TVertex, double> Compute<TVertex, TEdge>(
        IBidirectionalGraph<TVertex, TEdge> graph,
        double damping = 0.85,
        double tolerance = 1e-10,
        int maxIterations = 100)
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

        var neighbours = vertices.Select(v => UndirectedNeighbours.Of(graph, v).Select(w => index[w]).ToArray()).ToArray();
        var rank = Enumerable.Repeat(1.0 / n, n).ToArray();
        var next = new double[n];
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            var dangling = 0.0;
            Array.Fill(next, 0.0);
            for (var i = 0; i < n; i++)
            {
                if (neighbours[i].Length == 0)
                {
                    dangling += rank[i];
                    continue;
                }

                var share = rank[i] / neighbours[i].Length;
                foreach (var j in neighbours[i])
                {
                    next[j] += share;
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
}
