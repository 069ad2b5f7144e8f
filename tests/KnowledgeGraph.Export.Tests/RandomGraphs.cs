using FsCheck;
using FsCheck.Fluent;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Export.Tests;

/// <summary>
/// Random small graphs whose every text field is <see cref="HostileText"/>: parallel edges, self-loops, missing and
/// swapped dates, weights that no text format spells the same way (NaN, infinities, negative zero), event facts with
/// dates of every precision (on nodes of any kind, since the writers must not depend on the kind), evidence counts.
/// </summary>
/// <remarks>Sizes stay small so that a hundred graphs through every writer take well under a second.</remarks>
internal static class RandomGraphs
{
    public const int MaxNodes = 8;
    public const int MaxEdges = 12;

    private static readonly DateOnly Epoch = new(2015, 1, 1);

    private static readonly double[] SpecialWeights =
        [0, -0.0, 1, 0.5, 1.25, 3, 1e-300, 1e21, double.MaxValue, -2, double.NaN, double.PositiveInfinity, double.NegativeInfinity];

    public static Arbitrary<HostileGraph> Arbitrary { get; } = Graph().ToArbitrary();

    private static Gen<HostileGraph> Graph() =>
        from nodeCount in Gen.Choose(0, MaxNodes)
        from firstId in Gen.Elements(1L, 1_000_000L, long.MaxValue - MaxNodes - MaxEdges)
        from nodes in Gen.CollectToList(Enumerable.Range(0, nodeCount), index => Node(firstId + index))
        from edgeCount in nodeCount == 0 ? Gen.Constant(0) : Gen.Choose(0, MaxEdges)
        from edges in Gen.CollectToList(Enumerable.Range(0, edgeCount), index => Edge(firstId + index, nodes))
        select new HostileGraph(Build(nodes, edges));

    private static Gen<EntityNode> Node(long id) =>
        from name in HostileText.Any
        from kind in Gen.Elements(Enum.GetValues<EntityKind>())
        from mentions in Gen.Choose(0, 5_000)
        from documents in Gen.Choose(0, 500)
        from aliasCount in Gen.Choose(0, 3)
        from aliases in Gen.ListOf(Alias(), aliasCount)
        from firstSeen in Date()
        from lastSeen in Date()
        from facts in EventFactsOrNull()
        select new EntityNode(id, name, kind, mentions, documents, aliases.ToList(), firstSeen, lastSeen, facts);

    private static Gen<EventFacts?> EventFactsOrNull() => Gen.Frequency(
        (1, Gen.Constant<EventFacts?>(null)),
        (1, from type in HostileText.OrNull
            from date in FactDateOrNull()
            from basis in HostileText.OrNull
            from place in Gen.Elements<long?>(null, 1L, long.MaxValue)
            select (EventFacts?)new EventFacts(type, date, basis, place)));

    private static Gen<FactDate?> FactDateOrNull() =>
        from day in Date()
        from precision in Gen.Elements(Enum.GetValues<DatePrecision>())
        select day is { } known ? new FactDate(known, precision) : (FactDate?)null;

    private static Gen<AliasCount> Alias() =>
        from alias in HostileText.Any
        from count in Gen.Choose(1, 50)
        select new AliasCount(alias, count);

    private static Gen<RelationEdge> Edge(long id, IReadOnlyList<EntityNode> nodes) =>
        from source in Gen.Elements<EntityNode>(nodes)
        from target in Gen.Elements<EntityNode>(nodes)
        from kind in HostileText.Any
        from label in HostileText.OrNull
        from weight in Weight()
        from documents in Gen.Choose(0, 100)
        from evidence in HostileText.OrNull
        from firstSeen in Date()
        from lastSeen in Date()
        from evidenceCount in Gen.Frequency((1, Gen.Elements(0, int.MaxValue)), (4, Gen.Choose(0, 1_000)))
        select new RelationEdge(id, source, target, kind, label, weight, documents, evidence, firstSeen, lastSeen, evidenceCount);

    private static Gen<double> Weight() => Gen.Frequency(
        (1, Gen.Elements(SpecialWeights)),
        (2, Gen.Choose(0, 1_000_000).Select(hundredths => hundredths / 100.0)));

    /// <summary>Unknown a third of the time; otherwise any day in about ten years, so first and last come in either order.</summary>
    private static Gen<DateOnly?> Date() => Gen.Frequency(
        (1, Gen.Constant<DateOnly?>(null)),
        (2, Gen.Choose(0, 3_650).Select(days => (DateOnly?)Epoch.AddDays(days))));

    private static EntityGraph Build(IEnumerable<EntityNode> nodes, IEnumerable<RelationEdge> edges)
    {
        var graph = new EntityGraph();
        foreach (var node in nodes)
        {
            graph.AddVertex(node);
        }

        foreach (var edge in edges)
        {
            graph.AddEdge(edge);
        }

        return graph;
    }
}
