using System.Globalization;

namespace KnowledgeGraph.Core.Graph.Views;

/// <summary>Finds the entities a name typed by a user refers to, as <c>--focus NAME</c> does.</summary>
public static class EntityNameLookup
{
    /// <summary>
    /// The entities <paramref name="name"/> refers to, from the first of these that matches any: the canonical name
    /// exactly, an alias exactly, the canonical name ignoring case, accents and spacing, an alias ignoring them, and
    /// last <c>#ID</c>, the entity's id. A stricter match wins, so "Rubio" finds the entity named "Rubio" even when
    /// "Marco Rubio" has "rubio" as an alias. Empty when nothing matches; several when the name is ambiguous. In the
    /// order of <paramref name="entities"/>.
    /// </summary>
    public static IReadOnlyList<EntityNode> Find(IEnumerable<EntityNode> entities, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var all = entities.ToList();
        var trimmed = name.Trim();
        var folded = FoldedName.Of(trimmed);
        var tiers = new Func<EntityNode, bool>[]
        {
            node => node.Name == trimmed,
            node => node.Aliases.Any(alias => alias.Alias == trimmed),
            node => FoldedName.Of(node.Name) == folded,
            node => node.Aliases.Any(alias => FoldedName.Of(alias.Alias) == folded),
            node => IdOf(trimmed) == node.Id,
        };
        foreach (var tier in tiers)
        {
            var matches = all.Where(tier).ToList();
            if (matches.Count > 0)
            {
                return matches;
            }
        }

        return [];
    }

    /// <summary>
    /// Up to <paramref name="limit"/> entities whose name or an alias contains <paramref name="name"/> or one of its
    /// words (ignoring case, accents and spacing), most mentioned first and then by id, for a "did you mean" after
    /// <see cref="Find"/> found nothing.
    /// </summary>
    public static IReadOnlyList<EntityNode> Suggest(IEnumerable<EntityNode> entities, string name, int limit = 5)
    {
        var folded = FoldedName.Of(name);
        if (folded.Length == 0)
        {
            return [];
        }

        var words = folded.Split(' ');
        bool Contains(EntityNode node, string part) =>
            FoldedName.Of(node.Name).Contains(part, StringComparison.Ordinal)
            || node.Aliases.Any(alias => FoldedName.Of(alias.Alias).Contains(part, StringComparison.Ordinal));
        var byWhole = entities.Where(node => Contains(node, folded)).ToList();
        var candidates = byWhole.Count > 0 ? byWhole : entities.Where(node => words.Any(word => Contains(node, word))).ToList();
        return candidates.OrderByDescending(node => node.MentionCount).ThenBy(node => node.Id).Take(limit).ToList();
    }

    /// <summary>How candidates are listed in messages: "Marco Rubio (person, #3)".</summary>
    public static string Describe(EntityNode node) => $"{node.Name} ({node.Kind.ToName()}, #{node.Id.ToString(CultureInfo.InvariantCulture)})";

    private static long? IdOf(string text) =>
        text.StartsWith('#') && long.TryParse(text.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
