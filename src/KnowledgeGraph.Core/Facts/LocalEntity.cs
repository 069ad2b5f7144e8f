namespace KnowledgeGraph.Core.Facts;

/// <summary>
/// One real-world thing as seen inside a single document: the cluster of its mentions.
/// </summary>
/// <param name="Id">Index of this entity in <see cref="DocumentFacts.Entities"/>.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Name">The most complete well-formed name the document gives.</param>
/// <param name="ResolutionKeys">
/// Normalised keys. The first is the identity key that cross-document resolution looks up; all of them are
/// registered, so that a later document naming only a shorter form ("Rubio") finds this entity.
/// </param>
/// <param name="Aliases">Every surface form seen in this document with how often it occurred, sorted by form.</param>
public sealed record LocalEntity(
    int Id,
    EntityKind Kind,
    string Name,
    IReadOnlyList<string> ResolutionKeys,
    IReadOnlyList<AliasCount> Aliases);

/// <summary>A surface form of an entity and how many times it occurred.</summary>
public readonly record struct AliasCount(string Alias, int Count);
