namespace KnowledgeGraph.Core.Graph;

/// <summary>
/// The days an entity or relation was in the news, from the first to the last publication date of its documents,
/// both inclusive: the interval a dynamic graph shows it in and a time window (<c>--since/--until</c>) tests.
/// </summary>
public readonly record struct SeenPeriod(DateOnly Start, DateOnly End)
{
    public static SeenPeriod? Of(EntityNode node) => Of(node.FirstSeen, node.LastSeen);

    public static SeenPeriod? Of(RelationEdge edge) => Of(edge.FirstSeen, edge.LastSeen);

    /// <summary>
    /// Null when neither date is known. The store always gives both or neither, but a graph built in code may give one
    /// (then the period is that day) or swap them (then they are put in order), because Gephi rejects an interval
    /// whose start is after its end and networkx cannot read a spell with a missing bound.
    /// </summary>
    public static SeenPeriod? Of(DateOnly? first, DateOnly? last) => (first, last) switch
    {
        ({ } start, { } end) => start <= end ? new SeenPeriod(start, end) : new SeenPeriod(end, start),
        ({ } start, null) => new SeenPeriod(start, start),
        (null, { } end) => new SeenPeriod(end, end),
        _ => null,
    };
}
