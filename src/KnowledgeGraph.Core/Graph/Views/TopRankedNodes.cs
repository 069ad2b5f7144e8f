using KnowledgeGraph.Core.Graph.Algorithms;

namespace KnowledgeGraph.Core.Graph.Views;

/// <summary>
/// Keeps the highest-ranked entities (<c>--top N --rank degree|pagerank</c>) and the edges among them. Ranks are
/// computed on the graph given, that is on what the earlier options of a view left, so <c>--focus</c> with
/// <c>--top</c> keeps the most central entities of the neighbourhood.
/// </summary>
public static class TopRankedNodes
{
    /// <summary>PageRank's damping: the usual 0.85, the chance that a random walker follows an edge.</summary>
    public const double Damping = 0.85;

    /// <summary>
    /// PageRank scores equal to this many decimal places are a tie. Power iteration leaves rounding noise far below
    /// its tolerance, and entities in symmetric places must tie, so that the id decides between them.
    /// </summary>
    public const int ScoreDecimals = 12;

    /// <summary>
    /// The <paramref name="count"/> highest-ranked nodes, ties going to the smaller id, in their original order.
    /// <paramref name="pinned"/>, when given and in the graph, is kept whatever its rank and takes one of the places:
    /// a focus view without its focus would make no sense.
    /// </summary>
    public static EntityGraph Apply(EntityGraph graph, int count, NodeRanking ranking, EntityNode? pinned = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var scores = Scores(graph, ranking);
        var ranked = graph.Vertices
            .OrderByDescending(node => scores[node])
            .ThenBy(node => node.Id)
            .ToList();
        var kept = new HashSet<EntityNode>();
        if (pinned is not null && count > 0 && graph.ContainsVertex(pinned))
        {
            kept.Add(pinned);
        }

        foreach (var node in ranked)
        {
            if (kept.Count >= count)
            {
                break;
            }

            kept.Add(node);
        }

        return Subgraph.Of(graph, kept.Contains);
    }

    /// <summary>Every node's score under <paramref name="ranking"/>; higher is more central.</summary>
    public static IReadOnlyDictionary<EntityNode, double> Scores(EntityGraph graph, NodeRanking ranking) => ranking switch
    {
        NodeRanking.Degree => graph.Vertices.ToDictionary(node => node, node => (double)graph.Degree(node)),
        NodeRanking.PageRank => PageRank.Compute(graph, Damping, weight: edge => edge.Weight)
            .ToDictionary(pair => pair.Key, pair => Math.Round(pair.Value, ScoreDecimals)),
        _ => throw new ArgumentOutOfRangeException(nameof(ranking), ranking, "Unknown ranking."),
    };
}
