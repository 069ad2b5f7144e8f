using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Facts;

namespace KnowledgeGraph.Storage;

/// <summary>Everything <c>kg show</c> tells about one entity.</summary>
/// <param name="Id">The <c>entities.id</c>.</param>
/// <param name="Name">Canonical name.</param>
/// <param name="Kind">What it is.</param>
/// <param name="MentionCount">Mentions over all documents (<c>entities.mention_count</c>).</param>
/// <param name="Aliases">Every surface form, most frequent first, ties in ordinal order.</param>
/// <param name="Documents">The stored documents that mention it, in ingestion order.</param>
/// <param name="RelationCount">Relations it takes part in, in either direction.</param>
/// <param name="Relations">Its strongest relations: heaviest first, then most documents, then oldest.</param>
public sealed record EntityDetails(
    long Id,
    string Name,
    EntityKind Kind,
    long MentionCount,
    IReadOnlyList<AliasCount> Aliases,
    IReadOnlyList<EntityDocument> Documents,
    long RelationCount,
    IReadOnlyList<RelationSummary> Relations);
