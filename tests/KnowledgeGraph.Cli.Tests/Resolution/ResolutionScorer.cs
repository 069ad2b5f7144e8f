using KnowledgeGraph.Cli.Tests.Support;

namespace KnowledgeGraph.Cli.Tests.Resolution;

/// <summary>
/// Scores entity resolution against the gold standard as issue #4 defines it. Pure: it sees nodes and gold entities,
/// not SQLite (<see cref="GraphNodeQuery"/> reads the nodes from a database).
/// <list type="bullet">
/// <item><b>Forms match</b> ordinally (case matters: the gold file lists "rubio" and "sheinbaum" as aliases of their
/// own) after trimming and writing curly apostrophes as straight ones, because the gold file spells the possessive
/// both ways ("Sheinbaum’s", "Sheinbaum's") and whichever the article used is not a resolution question.</item>
/// <item><b>Kind.</b> A gold entity accepts nodes of its type, where nationality_or_group is our <c>other</c>, plus
/// those of its <c>acceptable_types</c> that are kinds of ours (misc is <c>other</c>).</item>
/// <item><b>Found</b>: some node of an accepted kind has a mention whose text is one of the entity's aliases.
/// <b>Recall</b> is over the must-find entities.</item>
/// <item><b>Merged</b>: a found entity's found aliases (those that are the text of a mention on a node of an
/// accepted kind) all sit on one such node. Computed over found must-find entities (the figure asserted) and over all
/// found entities.</item>
/// <item><b>Wrong merge</b>: a node, of any kind, whose mentions are aliases of two or more gold entities. Kind is
/// ignored because one node holding "Trump" and "Trump administration" is wrong whatever it is typed as; an alias
/// that two gold entities share (none today) cannot show a join and is ignored.</item>
/// <item><b>Metonyms.</b> A form the gold file lists as a metonym of an entity (a capital for its country) is not
/// counted on a node that carries that entity's own aliases: there it is the entity acting, neither a join with the
/// city nor a split of it.</item>
/// <item><b>Precision</b>: among person, organization and place nodes, the share with at least one mention text,
/// canonical name or stored alias that is an alias of some gold entity, of any type.</item>
/// </list>
/// </summary>
internal static class ResolutionScorer
{
    private static readonly string[] ScoredKinds = ["person", "organization", "place"];

    public static ResolutionScore Score(IReadOnlyList<GoldEntity> gold, IReadOnlyList<GraphNode> nodes)
    {
        var owners = gold
            .SelectMany(e => e.Aliases.Select(a => (Form: Normalise(a), e.Id)))
            .GroupBy(p => p.Form, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Id).Distinct().ToList(), StringComparer.Ordinal);
        var mentionForms = nodes.ToDictionary(n => n.Id, n => WithoutStandIns(gold, n.MentionTexts.Select(Normalise).ToHashSet(StringComparer.Ordinal)));

        var found = new List<GoldEntity>();
        var missingMustFind = new List<GoldEntity>();
        var split = new List<SplitEntity>();
        foreach (var entity in gold)
        {
            var aliases = entity.Aliases.Select(Normalise).ToHashSet(StringComparer.Ordinal);
            var kinds = AcceptedKinds(entity);
            var carriers = nodes
                .Where(n => kinds.Contains(n.Kind))
                .Select(n => new NodeForms(n, mentionForms[n.Id].Where(aliases.Contains).Order(StringComparer.Ordinal).ToList()))
                .Where(c => c.Forms.Count > 0)
                .ToList();
            if (carriers.Count == 0)
            {
                if (entity.MustFind)
                {
                    missingMustFind.Add(entity);
                }

                continue;
            }

            found.Add(entity);
            if (carriers.Count > 1)
            {
                split.Add(new SplitEntity(entity, carriers));
            }
        }

        var mustFind = gold.Count(e => e.MustFind);
        var foundMustFind = found.Where(e => e.MustFind).ToList();
        var splitIds = split.Select(s => s.Entity.Id).ToHashSet(StringComparer.Ordinal);

        var wrongMerges = nodes
            .Select(n => new WrongMerge(n, mentionForms[n.Id]
                .Where(f => owners.TryGetValue(f, out var ids) && ids.Count == 1)
                .GroupBy(f => owners[f][0], StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (g.Key, (IReadOnlyList<string>)g.Order(StringComparer.Ordinal).ToList()))
                .ToList()))
            .Where(w => w.Joined.Count > 1)
            .ToList();

        var scored = nodes.Where(n => ScoredKinds.Contains(n.Kind)).ToList();
        var unmatched = scored
            .Where(n => !n.MentionTexts.Append(n.Name).Concat(n.StoredNames ?? []).Any(t => owners.ContainsKey(Normalise(t))))
            .ToList();

        return new ResolutionScore(
            new Fraction(foundMustFind.Count, mustFind),
            missingMustFind,
            new Fraction(foundMustFind.Count(e => !splitIds.Contains(e.Id)), foundMustFind.Count),
            new Fraction(found.Count(e => !splitIds.Contains(e.Id)), found.Count),
            split,
            wrongMerges,
            new Fraction(scored.Count - unmatched.Count, scored.Count),
            unmatched);
    }

    /// <summary>A node's forms less the metonyms of the gold entities whose own aliases it carries.</summary>
    private static HashSet<string> WithoutStandIns(IReadOnlyList<GoldEntity> gold, HashSet<string> forms)
    {
        foreach (var entity in gold.Where(e => e.Metonyms is { Count: > 0 } && e.Aliases.Any(a => forms.Contains(Normalise(a)))))
        {
            forms.ExceptWith(entity.Metonyms!.Select(Normalise));
        }

        return forms;
    }

    internal static string Normalise(string form) => form.Trim().Replace('\u2019', '\'').Replace('\u2018', '\'');

    private static HashSet<string> AcceptedKinds(GoldEntity entity) =>
        (entity.AcceptableTypes ?? []).Prepend(entity.Type).Select(KindOf).ToHashSet(StringComparer.Ordinal);

    private static string KindOf(string goldType) => goldType switch
    {
        "nationality_or_group" or "misc" => "other",
        _ => goldType, // person, organization, place and event are ours too; agreement or law match no node
    };
}
