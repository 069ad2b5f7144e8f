namespace KnowledgeGraph.Core.Graph.Views;

/// <summary>
/// A smaller graph to look at than the whole: what <c>kg export</c>'s view options ask for. Every option is off by
/// default, and a view with none set is the whole graph.
/// </summary>
/// <remarks>
/// <see cref="Apply"/> runs the options in this fixed order, whatever order they were given in:
/// <list type="number">
/// <item><see cref="Kinds"/>: entities of other kinds go, with their edges.</item>
/// <item><see cref="WithoutCoMention"/>: co-mention edges go.</item>
/// <item><see cref="MinimumWeight"/>: lighter edges go.</item>
/// <item><see cref="Since"/> and <see cref="Until"/>: entities and edges not seen in that period go.</item>
/// <item><see cref="WithoutIsolatedNodes"/>: entities left without any edge go.</item>
/// <item><see cref="FocusName"/> and <see cref="Hops"/>: only the neighbourhood of the focus stays.</item>
/// <item><see cref="Top"/> and <see cref="Ranking"/>: only the highest-ranked entities stay (the focus always).</item>
/// <item><see cref="CollapseParallelEdges"/>: edges between the same two entities become one.</item>
/// </list>
/// Filters come first so that the neighbourhood is walked along the edges the user wants to see and the ranking
/// measures what is shown; collapsing comes last so that a merged edge sums only edges that passed the filters (two
/// edges each lighter than <see cref="MinimumWeight"/> are dropped even if their sum would not be). The edge filters
/// never remove an entity by themselves: that is what <see cref="WithoutIsolatedNodes"/> is for. The result keeps
/// the nodes and edges in the order of the whole graph, so its exports are byte-stable.
/// </remarks>
public sealed record GraphView
{
    /// <summary>The entity kinds to keep; all when null.</summary>
    public IReadOnlyCollection<EntityKind>? Kinds { get; init; }

    public bool WithoutCoMention { get; init; }

    /// <summary>Edges lighter than this go; an edge of exactly this weight stays. No limit when null.</summary>
    public double? MinimumWeight { get; init; }

    /// <summary>The first day of the period to keep (see <see cref="TimeWindowFilter"/>); open when null.</summary>
    public DateOnly? Since { get; init; }

    /// <summary>The last day of the period to keep, included; open when null.</summary>
    public DateOnly? Until { get; init; }

    public bool WithoutIsolatedNodes { get; init; }

    /// <summary>The name, alias or <c>#ID</c> of the entity to centre the view on; no focus when null.</summary>
    public string? FocusName { get; init; }

    /// <summary>How many edges away from the focus an entity may be; 0 keeps the focus alone. Used only with a focus.</summary>
    public int Hops { get; init; } = 1;

    /// <summary>How many entities to keep, the highest-ranked; all when null.</summary>
    public int? Top { get; init; }

    /// <summary>How <see cref="Top"/> ranks entities.</summary>
    public NodeRanking Ranking { get; init; } = NodeRanking.Degree;

    public bool CollapseParallelEdges { get; init; }

    /// <summary>
    /// True when no option that changes anything is set, so <see cref="Apply"/> returns the graph as it is.
    /// <see cref="Hops"/> and <see cref="Ranking"/> only qualify other options.
    /// </summary>
    public bool IsWholeGraph => this with { Hops = 1, Ranking = NodeRanking.Degree } == new GraphView();

    /// <summary>The view of <paramref name="graph"/>, which is left unchanged.</summary>
    /// <exception cref="FocusResolutionException"><see cref="FocusName"/> picks out no entity of the view, or several.</exception>
    public EntityGraph Apply(EntityGraph graph)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(Hops);
        if (Top is { } top)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(top, nameof(Top));
        }

        var view = graph;
        if (Kinds is { } kinds)
        {
            view = KindFilter.Apply(view, kinds);
        }

        if (WithoutCoMention)
        {
            view = CoMentionFilter.Apply(view);
        }

        if (MinimumWeight is { } minimumWeight)
        {
            view = MinimumWeightFilter.Apply(view, minimumWeight);
        }

        if (Since is not null || Until is not null)
        {
            view = TimeWindowFilter.Apply(view, Since, Until);
        }

        if (WithoutIsolatedNodes)
        {
            view = IsolatedNodeFilter.Apply(view);
        }

        EntityNode? focus = null;
        if (FocusName is { } name)
        {
            focus = FocusNeighbourhood.Resolve(view, graph.Vertices, name);
            view = FocusNeighbourhood.Apply(view, focus, Hops);
        }

        if (Top is { } count)
        {
            view = TopRankedNodes.Apply(view, count, Ranking, focus);
        }

        if (CollapseParallelEdges)
        {
            view = ParallelEdgeCollapse.Apply(view);
        }

        return view;
    }
}
