namespace KnowledgeGraph.Core.Graph.Views;

/// <summary>How <c>--top N</c> orders entities (<c>--rank degree|pagerank</c>).</summary>
public enum NodeRanking
{
    /// <summary>The number of edges that touch the entity, in either direction; parallel edges each count.</summary>
    Degree,

    /// <summary>
    /// PageRank over the view, edges passing rank both ways in proportion to their weight: an entity linked strongly
    /// to well-linked entities ranks high even with few edges.
    /// </summary>
    PageRank,
}
