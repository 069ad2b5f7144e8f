using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Gazetteers;

/// <summary>A known name: its canonical form, its kind and, for places, what sort of place and which country.</summary>
/// <param name="Name">Canonical name ("United States" for "U.S.").</param>
/// <param name="Kind">Place or organization.</param>
/// <param name="PlaceType">country, city, region or subdivision; null for organizations.</param>
/// <param name="CountryCode">ISO 3166 alpha-2 code of the country a place lies in, when known.</param>
public sealed record GazetteerEntry(string Name, EntityKind Kind, string? PlaceType, string? CountryCode);
