namespace KnowledgeGraph.Core.Facts;

/// <summary>
/// One real-world thing as seen inside a single document: the cluster of its mentions.
/// </summary>
/// <param name="Id">Index of this entity in <see cref="DocumentFacts.Entities"/>.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Name">The most complete well-formed name the document gives.</param>
/// <param name="ResolutionKeys">Normalised keys, strongest first, used to find the same entity in other documents.</param>
/// <param name="Aliases">Every surface form seen in this document with how often it occurred, sorted by form.</param>
public sealed record LocalEntity(
    int Id,
    EntityKind Kind,
    string Name,
    IReadOnlyList<string> ResolutionKeys,
    IReadOnlyList<AliasCount> Aliases);

/// <summary>A surface form of an entity and how many times it occurred.</summary>
public readonly record struct AliasCount(string Alias, int Count);
