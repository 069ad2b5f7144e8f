namespace KnowledgeGraph.Core.Facts;

/// <summary>
/// One real-world thing as seen inside a single document: the cluster of its mentions.
/// </summary>
/// <param name="Id">Index of this entity in <see cref="DocumentFacts.Entities"/>.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Name">The most complete well-formed name the document gives.</param>
/// <param name="ResolutionKeys">
/// Normalised keys, identity key first. All of them are registered, so that a later document naming only a shorter
/// form ("Rubio") finds this entity; only the first <paramref name="LookupKeyCount"/> are looked up.
/// </param>
/// <param name="Aliases">Every surface form seen in this document with how often it occurred, sorted by form.</param>
/// <param name="LookupKeyCount">
/// How many of the keys, in order, cross-document resolution may look up. Keys after them are too weak to decide an
/// identity on ("Smith" may be anyone) but still let weaker mentions in later documents find this entity.
/// </param>
public sealed record LocalEntity(
    int Id,
    EntityKind Kind,
    string Name,
    IReadOnlyList<string> ResolutionKeys,
    IReadOnlyList<AliasCount> Aliases,
    int LookupKeyCount = 1);
