using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Facts;

namespace KnowledgeGraph.Storage;

/// <summary>An entity with its totals, for listing and for choosing between entities of the same name.</summary>
/// <param name="Id">The <c>entities.id</c>.</param>
/// <param name="Name">Canonical name.</param>
/// <param name="Kind">What it is.</param>
/// <param name="MentionCount">Mentions over all documents (<c>entities.mention_count</c>).</param>
/// <param name="DocumentCount">Distinct stored documents with at least one mention of it.</param>
/// <param name="TopAliases">Its most frequent surface forms, most frequent first, ties in ordinal order.</param>
public sealed record EntitySummary(
    long Id,
    string Name,
    EntityKind Kind,
    long MentionCount,
    long DocumentCount,
    IReadOnlyList<AliasCount> TopAliases);
