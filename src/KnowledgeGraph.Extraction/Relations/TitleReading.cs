namespace KnowledgeGraph.Extraction.Relations;

/// <summary>A title read next to a person's name, with where the office is held.</summary>
/// <param name="Label">The title, normalised ("Foreign Affairs Secretary").</param>
/// <param name="Target">Whether the text names where the office is held.</param>
/// <param name="TargetId">The country or organization when <paramref name="Target"/> is <see cref="TitleTarget.Stated"/>.</param>
/// <param name="PartyId">The party a modifier names ("Republican senator"), or null.</param>
internal sealed record TitleReading(string Label, TitleTarget Target, int? TargetId, int? PartyId);
