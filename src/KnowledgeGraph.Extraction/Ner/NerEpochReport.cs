using KnowledgeGraph.Extraction.Ner.Conll;

namespace KnowledgeGraph.Extraction.Ner;

/// <summary>What one training epoch achieved: mistakes made on the training data and the averaged model's dev scores.</summary>
public sealed record NerEpochReport(int Epoch, int TrainingMistakes, int TrainingTokens, ConllScores? Dev, TimeSpan Elapsed);
