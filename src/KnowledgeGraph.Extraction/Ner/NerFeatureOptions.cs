namespace KnowledgeGraph.Extraction.Ner;

/// <summary>
/// Which optional feature groups a model uses. Saved with the model so tagging computes exactly the features the
/// weights were trained on; toggled one at a time by <c>kg train ner</c> to check that each group earns its place.
/// </summary>
public sealed record NerFeatureOptions
{
    /// <summary>Prefixes and suffixes of one to four characters.</summary>
    public bool Affixes { get; init; } = true;

    /// <summary>Neighbouring words two away and word/shape pairs.</summary>
    public bool WideContext { get; init; } = true;

    /// <summary>Membership in the phrase lists under Ner/Lexicons (countries, cities, first names…).</summary>
    public bool Gazetteers { get; init; } = true;

    /// <summary>Brown word-cluster path prefixes of the word and its neighbours.</summary>
    public bool Clusters { get; init; } = true;

    /// <summary>The types given earlier in the same document to the same word (Ratinov and Roth's prediction history).</summary>
    public bool History { get; init; } = true;

    /// <summary>How the same word is written elsewhere in the document: lower-case, or mixed case outside headlines.</summary>
    public bool DocumentCase { get; init; } = true;

    /// <summary>
    /// A second pass over the document that also sees what the first pass tagged each word as anywhere in it, so a
    /// headline or first mention can borrow from later, clearer ones (Ratinov and Roth's two-stage aggregation).
    /// </summary>
    public bool SecondPass { get; init; }

    /// <summary>
    /// The last word of the run of capitalised words a token sits in ("Group" for "Maasvlakte" in "Maasvlakte
    /// Container Group"), and the gazetteers that end there: greedy decoding decides the first word before it reaches
    /// the head that tells what kind of name this is.
    /// </summary>
    public bool NameRuns { get; init; } = true;

    public static NerFeatureOptions All { get; } = new();

    public int ToFlags() =>
        (Affixes ? 1 : 0) | (WideContext ? 2 : 0) | (Gazetteers ? 4 : 0) | (Clusters ? 8 : 0) | (History ? 16 : 0) | (DocumentCase ? 32 : 0) | (SecondPass ? 64 : 0) | (NameRuns ? 128 : 0);

    public static NerFeatureOptions FromFlags(int flags) => new()
    {
        Affixes = (flags & 1) != 0,
        WideContext = (flags & 2) != 0,
        Gazetteers = (flags & 4) != 0,
        Clusters = (flags & 8) != 0,
        History = (flags & 16) != 0,
        DocumentCase = (flags & 32) != 0,
        SecondPass = (flags & 64) != 0,
        NameRuns = (flags & 128) != 0,
    };
}
