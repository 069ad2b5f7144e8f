namespace KnowledgeGraph.Core.Graph.Views;

/// <summary>
/// Merges all edges between the same two entities, whatever their direction, into one (<c>--collapse</c>), for tools
/// and layouts that draw parallel edges as a smear. A pair with a single edge keeps it unchanged.
/// </summary>
public static class ParallelEdgeCollapse
{
    /// <summary>The kind of a merged edge whose edges were of different kinds.</summary>
    public const string MixedKind = "mixed";

    /// <summary>Between the labels of the merged edges in a merged label.</summary>
    public const string LabelSeparator = "; ";

    /// <summary>
    /// Each merged edge stands where the first of its edges stood, with that edge's id, direction and (first
    /// non-null) evidence. Its weight is the sum of the weights, since each weight counts supporting sentences. Its
    /// document count is the largest of the counts, not their sum: the relations between two entities usually come
    /// from the same articles, and a sum would count those articles again. Its kind is the edges' kind when they share
    /// one, else <see cref="MixedKind"/>. Its label lists the edges' distinct labels in order, an edge without a label
    /// standing in by its kind, so a mixed edge still says what it merges; null when no edge has a label and all
    /// share one kind. It was first seen when the first of its edges was, and last seen when the last was. Its evidence
    /// count is the sum of the counts: each edge's evidence rows are its own, so the sum is the number of rows behind
    /// the merged edge (one sentence that supports two of the relations counts once for each).
    /// </summary>
    public static EntityGraph Apply(EntityGraph graph)
    {
        var groups = new Dictionary<(long, long), List<RelationEdge>>();
        var order = new List<List<RelationEdge>>();
        foreach (var edge in graph.Edges)
        {
            var pair = (Math.Min(edge.Source.Id, edge.Target.Id), Math.Max(edge.Source.Id, edge.Target.Id));
            if (!groups.TryGetValue(pair, out var group))
            {
                group = [];
                groups[pair] = group;
                order.Add(group);
            }

            group.Add(edge);
        }

        var view = new EntityGraph();
        foreach (var node in graph.Vertices)
        {
            view.AddVertex(node);
        }

        foreach (var group in order)
        {
            view.AddEdge(Merge(group));
        }

        return view;
    }

    private static RelationEdge Merge(List<RelationEdge> edges)
    {
        var first = edges[0];
        if (edges.Count == 1)
        {
            return first;
        }

        var kinds = edges.Select(edge => edge.Kind).Distinct(StringComparer.Ordinal).ToList();
        var label = kinds.Count == 1 && edges.All(edge => edge.Label is null)
            ? null
            : string.Join(LabelSeparator, edges.Select(edge => edge.Label ?? edge.Kind).Distinct(StringComparer.Ordinal));
        return first with
        {
            Kind = kinds.Count == 1 ? kinds[0] : MixedKind,
            Label = label,
            Weight = edges.Sum(edge => edge.Weight),
            DocumentCount = edges.Max(edge => edge.DocumentCount),
            Evidence = edges.Select(edge => edge.Evidence).FirstOrDefault(evidence => evidence is not null),
            FirstSeen = edges.Min(edge => edge.FirstSeen),
            LastSeen = edges.Max(edge => edge.LastSeen),
            EvidenceCount = edges.Sum(edge => edge.EvidenceCount),
        };
    }
}
