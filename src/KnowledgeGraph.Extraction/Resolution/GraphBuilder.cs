using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Core.Resolution;

namespace KnowledgeGraph.Extraction.Resolution;

/// <summary>
/// Cross-document resolution: gives each document's entities graph-wide ids by looking up their lookup keys in order
/// in the entity index, then registers every key the document saw so later documents find them. A key that several
/// entities registered is settled by the company the name keeps (<see cref="SharedKeyTieBreak"/>). An existing entity
/// takes a more complete name when the document gives one (<see cref="CanonicalNameUpgrade"/>), and every entity
/// carries the document's kind votes for the store to add up. Runs sequentially, one document after another, which is
/// what makes an article-by-article build equal a rebuild in the same order.
/// </summary>
public sealed class GraphBuilder(IEntityIndex index)
{
    public ResolvedDocument Resolve(DocumentFacts facts)
    {
        var globalIds = new long[facts.Entities.Count];
        var isNew = new HashSet<long>();
        var unambiguous = new HashSet<long>();
        var contested = new List<(LocalEntity Entity, IReadOnlyList<long> Candidates)>();

        void Assign(LocalEntity entity, long? existing)
        {
            globalIds[entity.Id] = existing ?? index.NewId();
            if (existing is null)
            {
                isNew.Add(globalIds[entity.Id]);
            }

            foreach (var key in entity.ResolutionKeys)
            {
                index.Add(key, globalIds[entity.Id]);
            }
        }

        // Events are matched by who, where and when rather than by name, so they wait until their participants have ids.
        var reportedEvents = facts.Events.Select(e => e.EntityId).ToHashSet();
        foreach (var entity in facts.Entities)
        {
            if (reportedEvents.Contains(entity.Id))
            {
                continue;
            }

            var candidates = CandidatesFor(entity);
            if (candidates.Count > 1)
            {
                // Settled below, once the document's unambiguous entities are known.
                contested.Add((entity, candidates));
                continue;
            }

            Assign(entity, candidates.Count == 1 ? candidates[0] : null);
            unambiguous.Add(globalIds[entity.Id]);
        }

        foreach (var (entity, candidates) in contested)
        {
            Assign(entity, SharedKeyTieBreak.Choose(candidates, unambiguous, index));
        }

        var events = new List<ResolvedEvent>();
        foreach (var report in facts.Events)
        {
            var participants = report.Participants.Select(p => (globalIds[p.EntityId], p.Role)).Distinct().ToList();
            var signature = new EventSignature(
                report.EventType,
                report.Date,
                report.PlaceId is { } place ? globalIds[place] : null,
                participants.Select(p => p.Item1).ToHashSet());
            var existing = index.FindEvent(signature);
            Assign(facts.Entities[report.EntityId], existing);
            var joined = existing is { } id && index.EventOf(id) is { } known ? EventMatch.Join(known, signature) : signature;
            index.SetEvent(globalIds[report.EntityId], joined);
            events.Add(new ResolvedEvent(globalIds[report.EntityId], joined, participants) { Floating = report.Floating });
        }

        var mentions = facts.Mentions.Select(m => new ResolvedMention(globalIds[m.EntityId], m)).ToList();
        var localMentionCounts = facts.Mentions.CountBy(m => m.EntityId).ToDictionary();
        var entities = new List<ResolvedEntity>();
        foreach (var group in facts.Entities.GroupBy(e => globalIds[e.Id]).OrderBy(g => g.Key))
        {
            entities.Add(Merge(group.Key, isNew.Contains(group.Key), group.ToList(), localMentionCounts));
        }

        var resolved = new ResolvedDocument(facts, entities, mentions, MapRelations(facts.Relations, globalIds))
        {
            Events = events,
            Quotes = facts.Quotes.Select(q => new ResolvedQuote(q.SpeakerId is { } speaker ? globalIds[speaker] : null, q)).ToList(),
        };
        index.AddLinks(resolved);
        return resolved;
    }

    /// <summary>The entities registered under the first lookup key that any entity registered; empty when none did.</summary>
    private IReadOnlyList<long> CandidatesFor(LocalEntity entity) =>
        entity.ResolutionKeys.Take(entity.LookupKeyCount).Select(index.Find).FirstOrDefault(ids => ids.Count > 0) ?? [];

    /// <summary>
    /// Local entities that resolved to one graph entity become one row: aliases, mentions and kind votes added up, and
    /// the most complete of the names (the stored one and this document's) as its canonical name.
    /// </summary>
    private ResolvedEntity Merge(long id, bool isNew, List<LocalEntity> locals, Dictionary<int, int> localMentionCounts)
    {
        var aliases = locals
            .SelectMany(e => e.Aliases)
            .GroupBy(a => a.Alias, StringComparer.Ordinal)
            .Select(g => new AliasCount(g.Key, g.Sum(a => a.Count)))
            .OrderBy(a => a.Alias, StringComparer.Ordinal)
            .ToList();
        var keys = locals.SelectMany(e => e.ResolutionKeys).Distinct(StringComparer.Ordinal).ToList();
        var votes = locals
            .GroupBy(e => e.Kind)
            .Select(g => new KindVote(g.Key, g.Sum(e => localMentionCounts.GetValueOrDefault(e.Id))))
            .Where(v => v.Mentions > 0)
            .OrderBy(v => v.Kind)
            .ToList();
        var kind = KindVote.Leader(votes, locals[0].Kind);

        // An existing entity whose name the index was never told (a hand-made index) keeps whatever the store has.
        var stored = isNew ? null : index.NameOf(id);
        var name = locals.Select(e => e.Name).Aggregate(
            stored ?? locals[0].Name,
            (best, next) => CanonicalNameUpgrade.Improves(best, next) ? next : best);
        var isRenamed = stored is not null && name != stored;
        if (isNew || isRenamed)
        {
            index.SetName(id, name);
        }

        return new ResolvedEntity(id, isNew, kind, name, keys, aliases, votes.Sum(v => v.Mentions), votes, isRenamed);
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

            if (RelationKinds.IsSymmetric(relation.Kind) && source > target)
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
