using KnowledgeGraph.Extraction.Ner.Conll;

namespace KnowledgeGraph.Extraction.Ner;

/// <summary>
/// Tags documents with a trained <see cref="NerModel"/>: features, then greedy decoding. Read-only and thread-safe,
/// so one instance serves every extraction thread.
/// </summary>
public sealed class NerTagger
{
    private readonly NerModel _model;
    private readonly NerFeatureExtractor _features;

    public NerTagger(NerModel model, NerLexicons lexicons)
    {
        if (model.LexiconFingerprint != lexicons.Fingerprint)
        {
            throw new InvalidDataException(
                "The model was trained with other gazetteers or word clusters than the ones loaded; retrain it with 'kg train ner'.");
        }

        _model = model;
        _features = new NerFeatureExtractor(lexicons, model.Options);
    }

    public NerModel Model => _model;

    /// <summary>BILOU tag indexes (see <see cref="NerTagSet"/>) for every word of every sentence of one document.</summary>
    public int[][] Tag(IReadOnlyList<IReadOnlyList<string>> sentences) => Tag(DocumentWords.Of(sentences));

    /// <summary>
    /// BILOU tag indexes for every word of every sentence of one document. Static features are scored as they are
    /// encoded, so what a document keeps until it is decoded is seventeen scores a token, not fifty feature hashes.
    /// </summary>
    public int[][] Tag(DocumentWords words)
    {
        var encoded = _features.Encode(words, _model.Weights);
        var tags = new int[words.SentenceCount][];
        for (var s = 0; s < tags.Length; s++)
        {
            tags[s] = new int[words.Sentence(s).Count];
        }

        GreedyDecoder.Decode(encoded, _model.Weights, _model.Options, tags);
        return tags;
    }

    /// <summary>The names found in one document as chunks per sentence.</summary>
    public IReadOnlyList<IReadOnlyList<Chunk>> FindNames(IReadOnlyList<IReadOnlyList<string>> sentences) =>
        Tag(sentences).Select(tags => NerTagSet.ToChunks(tags)).ToList();
}
