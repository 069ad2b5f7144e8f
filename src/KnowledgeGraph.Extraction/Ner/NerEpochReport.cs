using KnowledgeGraph.Extraction.Ner.Conll;

namespace KnowledgeGraph.Extraction.Ner;

/// <summary>
/// What one training epoch of one ensemble member (1-based, seeded with the run's seed plus member − 1) achieved:
/// mistakes made on the training data and the member's averaged weights' dev scores.
/// </summary>
public sealed record NerEpochReport(int Member, int Epoch, int TrainingMistakes, int TrainingTokens, ConllScores? Dev, TimeSpan Elapsed);
