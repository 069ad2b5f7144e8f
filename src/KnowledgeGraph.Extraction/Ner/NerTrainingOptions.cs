namespace KnowledgeGraph.Extraction.Ner;

/// <summary>Settings of one training run. The same options, data and seed always give the same model bytes.</summary>
public sealed record NerTrainingOptions
{
    public int Epochs { get; init; } = 20;

    /// <summary>Seeds the shuffle of documents before each epoch.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Rows whose averaged weights are all smaller than this are dropped from the saved model.</summary>
    public float PruneThreshold { get; init; } = 0.001f;

    public NerFeatureOptions Features { get; init; } = NerFeatureOptions.All;
}
