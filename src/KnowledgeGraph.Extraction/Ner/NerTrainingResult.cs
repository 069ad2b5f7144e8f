namespace KnowledgeGraph.Extraction.Ner;

/// <summary>A trained model and, for each ensemble member in order, the report of the epoch that went into it.</summary>
public sealed record NerTrainingResult(NerModel Model, IReadOnlyList<NerEpochReport> Kept);
