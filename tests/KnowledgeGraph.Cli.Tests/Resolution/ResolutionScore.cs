using KnowledgeGraph.Cli.Tests.Support;

namespace KnowledgeGraph.Cli.Tests.Resolution;

/// <summary>A share with the counts behind it, so a printed figure can be checked by hand.</summary>
internal sealed record Fraction(int Count, int Total)
{
    /// <summary>An empty set scores 1: nothing was there to get wrong.</summary>
    public double Value => Total == 0 ? 1.0 : (double)Count / Total;

    public override string ToString() => $"{Count}/{Total} = {Value:P1}";
}

/// <summary>Gold aliases (as normalised by the scorer) that sit on one node.</summary>
internal sealed record NodeForms(GraphNode Node, IReadOnlyList<string> Forms)
{
    public override string ToString() => $"{Node} [{string.Join(" | ", Forms)}]";
}

/// <summary>A found gold entity whose found aliases are spread over several nodes of its kind.</summary>
internal sealed record SplitEntity(GoldEntity Entity, IReadOnlyList<NodeForms> Nodes)
{
    public override string ToString() => $"{Entity.Id} ({Entity.Type}{(Entity.MustFind ? ", must-find" : "")}): {string.Join("; ", Nodes)}";
}

/// <summary>A node whose mentions are aliases of two or more gold entities, with the aliases of each.</summary>
internal sealed record WrongMerge(GraphNode Node, IReadOnlyList<(string GoldId, IReadOnlyList<string> Forms)> Joined)
{
    public override string ToString() =>
        $"{Node} joins {string.Join(" + ", Joined.Select(j => $"{j.GoldId} [{string.Join(" | ", j.Forms)}]"))}";
}

/// <summary>The four figures of issue #4 and, for each, the items that cost points.</summary>
internal sealed record ResolutionScore(
    Fraction MustFindRecall,
    IReadOnlyList<GoldEntity> MissingMustFind,
    Fraction MergedMustFind,
    Fraction MergedAll,
    IReadOnlyList<SplitEntity> Split,
    IReadOnlyList<WrongMerge> WrongMerges,
    Fraction Precision,
    IReadOnlyList<GraphNode> UnmatchedNodes);
