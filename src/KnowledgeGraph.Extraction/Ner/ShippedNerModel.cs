namespace KnowledgeGraph.Extraction.Ner;

/// <summary>
/// The tagger model committed under Ner/Model and embedded in this assembly, trained by <c>kg train ner</c> on
/// CoNLL-2003, so a fresh clone tags text without the training data. Loaded once, on first use.
/// </summary>
public static class ShippedNerModel
{
    public const string ResourceName = "KnowledgeGraph.Extraction.Ner.Model.conll2003.kgner";

    private static readonly Lazy<NerTagger> Tagger = new(() => new NerTagger(Load(), NerLexicons.Default));

    /// <summary>The shipped model with the shipped lexicons.</summary>
    public static NerTagger DefaultTagger => Tagger.Value;

    public static NerModel Load()
    {
        using var stream = typeof(ShippedNerModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The shipped tagger model {ResourceName} is missing; run 'kg train ner' and rebuild.");
        return NerModelFile.Load(stream);
    }
}
