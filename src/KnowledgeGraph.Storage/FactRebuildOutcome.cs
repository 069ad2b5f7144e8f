namespace KnowledgeGraph.Storage;

/// <summary>What <see cref="KnowledgeGraphStore.ReplaceAllFacts"/> did.</summary>
/// <param name="Rederived">Documents whose facts were made afresh.</param>
/// <param name="Failed">Paths of the documents extraction failed on; they are kept with no facts and their old version.</param>
public sealed record FactRebuildOutcome(int Rederived, IReadOnlyList<string> Failed);
