namespace KnowledgeGraph.Extraction.Ner;

/// <summary>
/// A trained tagger's data: the averaged weights, the feature groups they were trained with, and the fingerprint of
/// the lexicons their gazetteer and cluster features were computed from.
/// </summary>
public sealed record NerModel(NerWeights Weights, NerFeatureOptions Options, ulong LexiconFingerprint, string Description);
