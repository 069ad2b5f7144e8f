using KnowledgeGraph.Core.Graph.Algorithms;

namespace KnowledgeGraph.Core.Graph.Views;

/// <summary>
/// The entities within some hops of one entity, edges taken in either direction (<c>--focus NAME --hops N</c>),
/// with every edge among them: also an edge between two neighbours, as in networkx's <c>ego_graph</c>, since how
/// the people around someone are linked to each other is much of what a focus view is for.
/// </summary>
public static class FocusNeighbourhood
{
    /// <summary>
    /// The node of <paramref name="graph"/> that <paramref name="name"/> refers to (see
    /// <see cref="EntityNameLookup.Find"/>). <paramref name="allEntities"/> are the entities of the whole graph,
    /// before any option of the view: a name that matches several of them but only one still in
    /// <paramref name="graph"/> picks that one (so <c>--kinds person --focus Washington</c> means the person), and a
    /// name whose entity was removed is reported as removed rather than unknown.
    /// </summary>
    /// <exception cref="FocusResolutionException">The name picks out no node of <paramref name="graph"/>, or several.</exception>
    public static EntityNode Resolve(EntityGraph graph, IEnumerable<EntityNode> allEntities, string name)
    {
        // The view is searched first, every tier of the lookup in turn, so a stricter match outside the view ("Washington"
        // the place, removed by --kinds person) does not hide a looser one inside it (the person with that alias).
        var inView = EntityNameLookup.Find(graph.Vertices, name);
        if (inView.Count == 1)
        {
            return inView[0];
        }

        if (inView.Count > 1)
        {
            throw new FocusResolutionException(
                $"{inView.Count} entities are called '{name.Trim()}': {List(inView)}. Name one by its id, as '#{inView[0].Id}'.",
                FocusProblem.Ambiguous,
                inView);
        }

        // Nothing in the view: the whole graph tells "removed by an earlier option" from "unknown".
        var everyEntity = allEntities.ToList();
        var matches = EntityNameLookup.Find(everyEntity, name);
        if (matches.Count > 0)
        {
            throw new FocusResolutionException(
                $"{List(matches)} {(matches.Count == 1 ? "is" : "are")} not in the view: an option applied before the focus removed {(matches.Count == 1 ? "it" : "them")}.",
                FocusProblem.RemovedByEarlierOption,
                matches);
        }

        var suggestions = EntityNameLookup.Suggest(everyEntity, name);
        var hint = suggestions.Count == 0 ? string.Empty : $" Did you mean: {List(suggestions)}?";
        throw new FocusResolutionException($"no entity is called '{name.Trim()}'.{hint}", FocusProblem.Unknown, suggestions);
    }

    /// <summary>
    /// <paramref name="focus"/> and the nodes at most <paramref name="hops"/> edges away from it, and the edges among
    /// them; 0 hops keeps the focus alone.
    /// </summary>
    public static EntityGraph Apply(EntityGraph graph, EntityNode focus, int hops)
    {
        var near = KHopNeighbourhood.Compute(graph, focus, hops);
        return Subgraph.Of(graph, near.ContainsKey);
    }

    private static string List(IEnumerable<EntityNode> nodes) => string.Join("; ", nodes.Select(EntityNameLookup.Describe));
}
