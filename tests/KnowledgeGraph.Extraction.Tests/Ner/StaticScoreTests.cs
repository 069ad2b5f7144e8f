using KnowledgeGraph.Extraction.Ner;

namespace KnowledgeGraph.Extraction.Tests.Ner;

/// <summary>
/// Tagging scores each token's static features while encoding and keeps only their sums (<see cref="EncodedSentence.StaticScores"/>).
/// That must change nothing: the same scores to the last bit and the same tags as scoring every feature at decode time.
/// </summary>
public class StaticScoreTests
{
    private static readonly IReadOnlyList<IReadOnlyList<string>> Document =
    [
        ["Mr.", "Osk", "Lunder", "flew", "to", "Calder", "Bay", "on", "Tuesday", "."],
        ["LUNDER", "TALKS", "WITH", "DANFIELD", "CORP"],
        ["Lunder", "later", "met", "Mr.", "Tavel", "of", "Maple", "Bank", "in", "Ostrel", "."],
    ];

    private static NerModel TrainedModel() =>
        new NerTrainer(TinyNerCorpus.Lexicons, TinyNerCorpus.Options).Train(TinyNerCorpus.Documents, []);

    [Fact]
    public void The_kept_sums_equal_the_scores_of_the_features_to_the_last_bit()
    {
        var model = TrainedModel();
        var extractor = new NerFeatureExtractor(TinyNerCorpus.Lexicons, model.Options);
        var plain = extractor.Encode(Document);
        var scored = extractor.Encode(DocumentWords.Of(Document), model.Weights);
        var expected = new float[NerTagSet.Count];

        for (var s = 0; s < plain.Count; s++)
        {
            Assert.Null(plain[s].StaticScores);
            Assert.NotNull(scored[s].StaticScores);
            Assert.Equal(plain[s].NormalizedWords, scored[s].NormalizedWords);
            Assert.Equal(plain[s].Capitalized, scored[s].Capitalized);
            for (var i = 0; i < plain[s].Length; i++)
            {
                model.Weights.Score(plain[s].FeaturesOf(i), expected);
                Assert.Equal(expected.Select(BitConverter.SingleToInt32Bits), scored[s].StaticScoresOf(i).ToArray().Select(BitConverter.SingleToInt32Bits));
                Assert.True(scored[s].FeaturesOf(i).IsEmpty);
            }
        }
    }

    [Fact]
    public void Decoding_the_kept_sums_gives_the_tags_decoding_the_features_gives()
    {
        var model = TrainedModel();
        var extractor = new NerFeatureExtractor(TinyNerCorpus.Lexicons, model.Options);
        var fromFeatures = Document.Select(sentence => new int[sentence.Count]).ToArray();
        GreedyDecoder.Decode(extractor.Encode(Document), model.Weights, model.Options, fromFeatures);

        var fromSums = new NerTagger(model, TinyNerCorpus.Lexicons).Tag(DocumentWords.Of(Document));

        Assert.Equal(fromFeatures, fromSums);
        Assert.Contains(fromSums.SelectMany(tags => tags), tag => tag != NerTagSet.Outside);
    }

    [Fact]
    public void Sentences_that_kept_only_sums_cannot_be_learnt_from()
    {
        var model = TrainedModel();
        var scored = new NerFeatureExtractor(TinyNerCorpus.Lexicons, model.Options).Encode(DocumentWords.Of(Document), model.Weights);
        var learner = new PerceptronTrainingWeights();
        var tags = Document.Select(sentence => new int[sentence.Count]).ToArray();

        Assert.Throws<InvalidOperationException>(() =>
            GreedyDecoder.Decode(scored, learner, model.Options, tags, learner, Document.Select(sentence => new int[sentence.Count]).ToArray()));
    }
}
