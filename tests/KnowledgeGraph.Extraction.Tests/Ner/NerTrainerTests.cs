using KnowledgeGraph.Extraction.Ner;
using KnowledgeGraph.Extraction.Ner.Conll;

namespace KnowledgeGraph.Extraction.Tests.Ner;

public class NerTrainerTests
{
    private static NerModel Train(NerTrainingOptions options, IReadOnlyList<NerTrainingDocument>? dev = null, IProgress<NerEpochReport>? progress = null) =>
        new NerTrainer(TinyNerCorpus.Lexicons, options).Train(TinyNerCorpus.Documents, dev ?? [], progress);

    private static byte[] Bytes(NerModel model)
    {
        using var stream = new MemoryStream();
        NerModelFile.Save(model, stream);
        return stream.ToArray();
    }

    /// <summary>Collects reports on the calling thread (unlike <see cref="Progress{T}"/>, which posts them).</summary>
    private sealed class Reports : IProgress<NerEpochReport>
    {
        public List<NerEpochReport> All { get; } = [];

        public void Report(NerEpochReport value) => All.Add(value);
    }

    private static IReadOnlyList<Chunk> Names(NerModel model, string sentence) =>
        new NerTagger(model, TinyNerCorpus.Lexicons).FindNames(TinyNerCorpus.Words(sentence))[0];

    [Fact]
    public void Two_runs_with_the_same_seed_give_the_same_model_bytes() =>
        Assert.Equal(Bytes(Train(TinyNerCorpus.Options)), Bytes(Train(TinyNerCorpus.Options)));

    [Fact]
    public void The_seed_changes_the_order_of_the_documents_and_so_the_weights()
    {
        var first = TinyNerCorpus.Model.Weights.Rows.Select(r => (r.Feature, string.Join(',', r.Weights.ToArray()))).ToList();
        var other = Train(TinyNerCorpus.Options with { Seed = 8 }).Weights.Rows.Select(r => (r.Feature, string.Join(',', r.Weights.ToArray()))).ToList();

        Assert.NotEqual(first, other);
    }

    [Fact]
    public void The_model_records_its_options_the_lexicons_fingerprint_and_how_it_was_trained()
    {
        var model = TinyNerCorpus.Model;

        Assert.Equal(TinyNerCorpus.Options.Features, model.Options);
        Assert.Equal(TinyNerCorpus.Lexicons.Fingerprint, model.LexiconFingerprint);
        Assert.Equal("averaged perceptron (passive-aggressive steps), BILOU, greedy; epoch 8 of 8, seed 7, features 191", model.Description);
    }

    [Fact]
    public void The_trained_model_tags_a_new_sentence_of_the_same_pattern()
    {
        Assert.Equal(
            new[] { new Chunk(1, 2, "PER"), new Chunk(4, 5, "LOC") },
            Names(TinyNerCorpus.Model, "Mr. Quillon stayed in Varnholm ."));
        Assert.Equal(
            new[] { new Chunk(1, 2, "PER"), new Chunk(3, 5, "ORG") },
            Names(TinyNerCorpus.Model, "Mr. Fenwick joined Maple Bank ."));
    }

    [Fact]
    public void The_trained_model_gets_its_own_training_data_right()
    {
        var scores = NerTrainer.Evaluate(TinyNerCorpus.Tagger, TinyNerCorpus.Documents);

        Assert.True(scores.Overall.F1 > 90, scores.Format());
        Assert.Equal(TinyNerCorpus.Documents.Sum(d => d.Sentences.Sum(s => s.Count)), scores.Tokens);
        Assert.Equal(25, scores.Overall.Gold);
    }

    [Fact]
    public void Progress_is_reported_once_per_epoch_with_the_training_mistakes()
    {
        var reports = new Reports();

        Train(TinyNerCorpus.Options with { Epochs = 5 }, progress: reports);

        Assert.Equal(new[] { 1, 2, 3, 4, 5 }, reports.All.Select(r => r.Epoch));
        Assert.All(reports.All, r => Assert.Equal(92, r.TrainingTokens));
        Assert.All(reports.All, r => Assert.Null(r.Dev));
        Assert.True(reports.All[0].TrainingMistakes > reports.All[^1].TrainingMistakes, string.Join(", ", reports.All.Select(r => r.TrainingMistakes)));
    }

    [Fact]
    public void Without_dev_documents_the_last_epoch_is_kept() =>
        Assert.StartsWith("averaged perceptron (passive-aggressive steps), BILOU, greedy; epoch 3 of 3,", Train(TinyNerCorpus.Options with { Epochs = 3 }).Description);

    [Fact]
    public void With_dev_documents_each_epoch_is_scored_and_the_first_best_one_is_kept()
    {
        var dev = new[] { TinyNerCorpus.Document("Mr. [PER Quillon] stayed in [LOC Varnholm] .", "Mr. [PER Fenwick] joined [ORG Maple Bank] .") };
        var reports = new Reports();

        var model = Train(TinyNerCorpus.Options with { Epochs = 6 }, dev, reports);

        Assert.All(reports.All, r => Assert.NotNull(r.Dev));
        var best = reports.All.MaxBy(r => r.Dev!.Overall.F1)!;
        Assert.Contains($"epoch {best.Epoch} of 6,", model.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ensemble_trains_each_member_with_the_next_seed_and_averages_their_weights()
    {
        var reports = new Reports();
        var options = TinyNerCorpus.Options with { Epochs = 3, Members = 2 };

        var ensemble = Train(options, progress: reports);

        Assert.Equal(new[] { (1, 1), (1, 2), (1, 3), (2, 1), (2, 2), (2, 3) }, reports.All.Select(r => (r.Member, r.Epoch)));
        Assert.StartsWith("mean of 2 averaged perceptrons", ensemble.Description, StringComparison.Ordinal);
        var first = Train(options with { Members = 1 }).Weights;
        var second = Train(options with { Members = 1, Seed = options.Seed + 1 }).Weights;
        var expected = NerWeights.Mean([first, second]).Rows.Select(r => (r.Feature, string.Join(',', r.Weights.ToArray())));
        Assert.Equal(expected, ensemble.Weights.Rows.Select(r => (r.Feature, string.Join(',', r.Weights.ToArray()))));
        Assert.Equal(Bytes(ensemble), Bytes(Train(options)));
    }

    [Fact]
    public void The_mean_of_models_counts_a_missing_row_as_zeros()
    {
        var one = new NerWeights(new Dictionary<ulong, int> { [5] = 0 }, Enumerable.Repeat(2f, NerTagSet.Count).ToArray());
        var other = new NerWeights(new Dictionary<ulong, int> { [9] = 0 }, Enumerable.Repeat(4f, NerTagSet.Count).ToArray());

        var mean = NerWeights.Mean([one, other]).Rows.ToDictionary(r => r.Feature, r => r.Weights.ToArray());

        Assert.Equal(Enumerable.Repeat(1f, NerTagSet.Count), mean[5]);
        Assert.Equal(Enumerable.Repeat(2f, NerTagSet.Count), mean[9]);
    }

    [Fact]
    public void A_run_names_the_first_best_epoch_of_each_member()
    {
        var dev = new[] { TinyNerCorpus.Document("Mr. [PER Quillon] stayed in [LOC Varnholm] .", "Mr. [PER Fenwick] joined [ORG Maple Bank] .") };
        var reports = new Reports();

        var result = new NerTrainer(TinyNerCorpus.Lexicons, TinyNerCorpus.Options with { Epochs = 4, Members = 2 }).Run(TinyNerCorpus.Documents, dev, reports);

        Assert.Equal(new[] { 1, 2 }, result.Kept.Select(k => k.Member));
        foreach (var kept in result.Kept)
        {
            var member = reports.All.Where(r => r.Member == kept.Member).ToList();
            Assert.Same(member.First(r => r.Dev!.Overall.F1 == member.Max(m => m.Dev!.Overall.F1)), kept);
        }

        Assert.Contains($"epochs kept {result.Kept[0].Epoch}, {result.Kept[1].Epoch} of 4", result.Model.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Training_without_documents_is_refused() =>
        Assert.Throws<ArgumentException>(() => new NerTrainer(TinyNerCorpus.Lexicons, TinyNerCorpus.Options).Train([], []));
}
