namespace KnowledgeGraph.Extraction.Ner;

/// <summary>
/// The feature templates. Each value seeds the hash of the features it makes, so two templates never share a weight;
/// the numbers are part of the saved model's meaning and must never be renumbered.
/// </summary>
public enum FeatureTemplate : ulong
{
    Bias = 1,
    Word = 2,
    Lower = 3,
    Shape = 4,
    Prefix = 5,
    Suffix = 6,
    LowerAt = 7,
    ShapeAt = 8,
    ShapePair = 9,
    LowerPair = 10,
    SentenceStart = 11,
    Headline = 12,
    Cluster = 13,
    ClusterAt = 14,
    Gazetteer = 15,
    GazetteerAt = 16,
    SeenLowerCase = 17,
    SeenMixedCase = 18,
    PreviousTag = 19,
    PreviousTags = 20,
    PreviousTagAndLower = 21,
    PreviousTagAndShape = 22,
    History = 23,
    HistoryLast = 24,
    FirstPassVote = 25,
    NameRunEnd = 26,
}
