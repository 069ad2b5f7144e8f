using System.Diagnostics;
using KnowledgeGraph.Extraction.Ner.Conll;

namespace KnowledgeGraph.Extraction.Ner;

/// <summary>
/// Trains the tagger: an ensemble of averaged perceptrons, each making several passes over the training documents in
/// its own seeded order, decoding each document with its current weights and updating on every mistake. After each
/// pass a member's averaged weights are scored on the dev documents and its best pass is kept; the members' weights
/// are then averaged into one model. Single-threaded on purpose, so training is deterministic.
/// </summary>
public sealed class NerTrainer(NerLexicons lexicons, NerTrainingOptions options)
{
    public NerModel Train(
        IReadOnlyList<NerTrainingDocument> training,
        IReadOnlyList<NerTrainingDocument> dev,
        IProgress<NerEpochReport>? progress = null) => Run(training, dev, progress).Model;

    /// <summary>Trains like <see cref="Train"/> and also says which epoch of each member went into the model.</summary>
    public NerTrainingResult Run(
        IReadOnlyList<NerTrainingDocument> training,
        IReadOnlyList<NerTrainingDocument> dev,
        IProgress<NerEpochReport>? progress = null)
    {
        if (training.Count == 0)
        {
            throw new ArgumentException("There are no training documents.", nameof(training));
        }

        if (options.Members < 1 || options.Epochs < 1)
        {
            throw new ArgumentException("Training needs at least one member and one epoch.", nameof(options));
        }

        var extractor = new NerFeatureExtractor(lexicons, options.Features);
        var encodedTraining = training.Select(d => extractor.Encode(d.Sentences)).ToArray();
        var encodedDev = dev.Select(d => extractor.Encode(d.Sentences)).ToArray();
        var members = new List<(NerModel Model, NerEpochReport Kept)>();
        for (var member = 1; member <= options.Members; member++)
        {
            members.Add(TrainMember(member, training, encodedTraining, dev, encodedDev, progress));
        }

        var kept = members.Select(m => m.Kept).ToList();
        if (members.Count == 1)
        {
            return new NerTrainingResult(members[0].Model, kept);
        }

        var description = $"mean of {members.Count} averaged perceptrons (passive-aggressive steps), BILOU, greedy; "
            + $"seeds {options.Seed} to {options.Seed + members.Count - 1}, epochs kept {string.Join(", ", kept.Select(k => k.Epoch))} "
            + $"of {options.Epochs}; features {options.Features.ToFlags()}";
        var mean = new NerModel(NerWeights.Mean(members.Select(m => m.Model.Weights).ToList()), options.Features, lexicons.Fingerprint, description);
        return new NerTrainingResult(mean, kept);
    }

    private (NerModel Model, NerEpochReport Kept) TrainMember(
        int member,
        IReadOnlyList<NerTrainingDocument> training,
        IReadOnlyList<EncodedSentence>[] encodedTraining,
        IReadOnlyList<NerTrainingDocument> dev,
        IReadOnlyList<EncodedSentence>[] encodedDev,
        IProgress<NerEpochReport>? progress)
    {
        var seed = options.Seed + member - 1;
        var weights = new PerceptronTrainingWeights();
        var random = new Random(seed);
        var order = Enumerable.Range(0, training.Count).ToArray();
        var tokens = training.Sum(d => d.Sentences.Sum(s => s.Count));
        (NerModel Model, NerEpochReport Kept) best = default;
        var bestF1 = double.NegativeInfinity;
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            var clock = Stopwatch.StartNew();
            random.Shuffle(order);
            var mistakes = 0;
            foreach (var index in order)
            {
                var document = training[index];
                var tags = document.Sentences.Select(s => new int[s.Count]).ToArray();
                GreedyDecoder.Decode(encodedTraining[index], weights, options.Features, tags, weights, document.GoldTags);
                mistakes += CountMistakes(tags, document.GoldTags);
            }

            var description = $"averaged perceptron (passive-aggressive steps), BILOU, greedy; epoch {epoch} of {options.Epochs}, "
                + $"seed {seed}, features {options.Features.ToFlags()}";
            var model = new NerModel(weights.Average(options.PruneThreshold), options.Features, lexicons.Fingerprint, description);
            var scores = dev.Count > 0 ? Evaluate(model, encodedDev, dev) : null;
            var report = new NerEpochReport(member, epoch, mistakes, tokens, scores, clock.Elapsed);
            progress?.Report(report);
            var f1 = scores?.Overall.F1 ?? epoch;
            if (f1 > bestF1)
            {
                bestF1 = f1;
                best = (model, report);
            }
        }

        return best;
    }

    /// <summary>Scores a model on annotated documents, conlleval-style.</summary>
    public static ConllScores Evaluate(NerTagger tagger, IReadOnlyList<NerTrainingDocument> documents)
    {
        var scorer = new ConllScorer();
        foreach (var document in documents)
        {
            AddToScorer(scorer, document, tagger.Tag(document.Sentences));
        }

        return scorer.Result();
    }

    private static ConllScores Evaluate(NerModel model, IReadOnlyList<EncodedSentence>[] encoded, IReadOnlyList<NerTrainingDocument> documents)
    {
        var scorer = new ConllScorer();
        for (var d = 0; d < documents.Count; d++)
        {
            var tags = documents[d].Sentences.Select(s => new int[s.Count]).ToArray();
            GreedyDecoder.Decode(encoded[d], model.Weights, model.Options, tags);
            AddToScorer(scorer, documents[d], tags);
        }

        return scorer.Result();
    }

    private static void AddToScorer(ConllScorer scorer, NerTrainingDocument document, int[][] predicted)
    {
        for (var s = 0; s < predicted.Length; s++)
        {
            scorer.Add(document.GoldTags[s].Select(NerTagSet.Name).ToArray(), predicted[s].Select(NerTagSet.Name).ToArray());
        }
    }

    private static int CountMistakes(int[][] predicted, IReadOnlyList<int[]> gold)
    {
        var mistakes = 0;
        for (var s = 0; s < predicted.Length; s++)
        {
            for (var i = 0; i < predicted[s].Length; i++)
            {
                mistakes += predicted[s][i] == gold[s][i] ? 0 : 1;
            }
        }

        return mistakes;
    }
}
