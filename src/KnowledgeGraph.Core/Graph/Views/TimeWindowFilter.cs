namespace KnowledgeGraph.Core.Graph.Views;

/// <summary>
/// Keeps what the articles of a period speak of (<c>--since DATE --until DATE</c>, both days included, either may be
/// left open): the entities and edges whose first-to-last-seen range overlaps the window, so an entity seen from
/// March to May is in a window on April. What no dated article supports has no range, so it cannot be placed in any
/// window and goes. An edge also goes with either of its ends; an entity whose edges all went stays.
/// </summary>
public static class TimeWindowFilter
{
    public static EntityGraph Apply(EntityGraph graph, DateOnly? since, DateOnly? until)
    {
        if (since > until)
        {
            throw new ArgumentException(
                $"The window starts ({IsoDate.Format(since)}) after it ends ({IsoDate.Format(until)}).", nameof(since));
        }

        return Subgraph.Of(
            graph,
            node => Overlaps(node.FirstSeen, node.LastSeen, since, until),
            edge => Overlaps(edge.FirstSeen, edge.LastSeen, since, until));
    }

    private static bool Overlaps(DateOnly? firstSeen, DateOnly? lastSeen, DateOnly? since, DateOnly? until) =>
        SeenPeriod.Of(firstSeen, lastSeen) is { } seen && (since is null || seen.End >= since) && (until is null || seen.Start <= until);
}
