using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Core.Resolution;

namespace KnowledgeGraph.Extraction.Resolution;

/// <summary>
/// Cross-document resolution: gives each document's entities graph-wide ids by looking up their lookup keys in order
/// in the entity index, then registers every key the document saw so later documents find them. Runs sequentially, one
/// document after another, which is what makes an article-by-article build equal a rebuild in the same order.
/// </summary>
public sealed class GraphBuilder(IEntityIndex index)
{
    public ResolvedDocument Resolve(DocumentFacts facts)
    {
        var globalIds = new long[facts.Entities.Count];
        var isNew = new HashSet<long>();
        foreach (var entity in facts.Entities)
        {
            if (entity.ResolutionKeys.Take(entity.LookupKeyCount).Select(index.Find).FirstOrDefault(id => id is not null) is { } existing)
            {
                globalIds[entity.Id] = existing;
            }
            else
            {
                globalIds[entity.Id] = index.NewId();
                isNew.Add(globalIds[entity.Id]);
            }

            foreach (var key in entity.ResolutionKeys)
            {
                index.Add(key, globalIds[entity.Id]);
            }
        }

        var mentions = facts.Mentions.Select(m => new ResolvedMention(globalIds[m.EntityId], m)).ToList();
        var mentionCounts = mentions.CountBy(m => m.EntityId).ToDictionary();
        var entities = facts.Entities
            .GroupBy(e => globalIds[e.Id])
            .Select(group => Merge(group.Key, isNew.Contains(group.Key), group.ToList(), mentionCounts.GetValueOrDefault(group.Key)))
            .OrderBy(e => e.Id)
            .ToList();
        return new ResolvedDocument(facts, entities, mentions, MapRelations(facts.Relations, globalIds));
    }

    /// <summary>Local entities that resolved to one graph entity become one row: aliases and mentions added up.</summary>
    private static ResolvedEntity Merge(long id, bool isNew, List<LocalEntity> locals, int mentionCount)
    {
        var aliases = locals
            .SelectMany(e => e.Aliases)
            .GroupBy(a => a.Alias, StringComparer.Ordinal)
            .Select(g => new AliasCount(g.Key, g.Sum(a => a.Count)))
            .OrderBy(a => a.Alias, StringComparer.Ordinal)
            .ToList();
        var keys = locals.SelectMany(e => e.ResolutionKeys).Distinct(StringComparer.Ordinal).ToList();
        return new ResolvedEntity(id, isNew, locals[0].Kind, locals[0].Name, keys, aliases, mentionCount);
    }

    private static readonly Comparer<(long Source, long Target, string Kind, string Label)> RelationKeyOrder = Comparer<(long Source, long Target, string Kind, string Label)>.Create((a, b) =>
    {
        var order = a.Source.CompareTo(b.Source);
        order = order != 0 ? order : a.Target.CompareTo(b.Target);
        order = order != 0 ? order : string.CompareOrdinal(a.Kind, b.Kind);
        return order != 0 ? order : string.CompareOrdinal(a.Label, b.Label);
    });

    /// <summary>
    /// Relations in graph ids. Co-mention is undirected, so its ends are put in id order; relations that now join an
    /// entity to itself are dropped, and ones that now coincide are merged with their evidence in document order.
    /// </summary>
    private static IReadOnlyList<ResolvedRelation> MapRelations(IReadOnlyList<LocalRelation> relations, long[] globalIds)
    {
        // Ordinal comparison of kinds and labels, so relation order (and so relation ids) never depends on a culture.
        var merged = new SortedDictionary<(long, long, string, string), (string? Label, SortedSet<TextSpan> Evidence)>(RelationKeyOrder);
        foreach (var relation in relations)
        {
            var source = globalIds[relation.SourceId];
            var target = globalIds[relation.TargetId];
            if (source == target)
            {
                continue;
            }

            if (relation.Kind == RelationKinds.CoMention && source > target)
            {
                (source, target) = (target, source);
            }

            var key = (source, target, relation.Kind, relation.Label ?? string.Empty);
            if (!merged.TryGetValue(key, out var entry))
            {
                merged[key] = entry = (relation.Label, new SortedSet<TextSpan>(Comparer<TextSpan>.Create((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End))));
            }

            entry.Evidence.UnionWith(relation.Evidence);
        }

        return merged.Select(m => new ResolvedRelation(m.Key.Item1, m.Key.Item2, m.Key.Item3, m.Value.Label, m.Value.Evidence.ToList())).ToList();
    }
}
