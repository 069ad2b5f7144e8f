using System.CommandLine;
using KnowledgeGraph.Cli.Ner;
using KnowledgeGraph.Cli.Pipeline;
using KnowledgeGraph.Cli.Terminal;
using KnowledgeGraph.Extraction.Ner;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg train ner --train FILE --dev FILE --output FILE</c>: trains the named-entity tagger. The same files, options
/// and seed always give the same model bytes, so a committed model can be checked by training it again.
/// </summary>
internal static class TrainNerCommand
{
    public static Command Create()
    {
        var defaults = new NerTrainingOptions();
        var groups = string.Join(", ", NerFeatureGroups.Names);
        var training = new Option<FileInfo>("--train")
        {
            Description = "CoNLL file to learn from, with the gold tags (IOB1, IOB2 or BILOU; types LOC, MISC, ORG, PER) in the last column.",
            HelpName = "FILE",
            Required = true,
        };
        var dev = new Option<FileInfo>("--dev")
        {
            Description = "CoNLL file with gold tags to score each epoch on; the epoch with the best F1 on it is the one kept.",
            HelpName = "FILE",
            Required = true,
        };
        var output = new Option<FileInfo>("--output", "-o")
        {
            Description = "Model file to write (replaced only once training has succeeded).",
            HelpName = "FILE",
            Required = true,
        };
        var epochs = NerOptions.AtLeastOne("--epochs", "Passes over the training data.", defaults.Epochs);
        var seed = new Option<int>("--seed")
        {
            Description = "Seeds the order the training documents are visited in (member m uses seed + m - 1); the same seed gives the same model.",
            HelpName = "N",
            DefaultValueFactory = _ => defaults.Seed,
        };
        var members = NerOptions.AtLeastOne("--members", "How many models, each trained on its own document order, are averaged into the one written. 1 trains a single model.", defaults.Members);
        var without = new Option<string[]>("--without")
        {
            Description = $"Train without a feature group, to measure what it is worth; repeat for several. Groups: {groups}.",
            HelpName = "GROUP",
            AllowMultipleArgumentsPerToken = false,
        };
        without.AcceptOnlyFromAmong([.. NerFeatureGroups.Names]);
        var with = new Option<string[]>("--with")
        {
            Description = $"Train with a feature group that is off by default ({string.Join(", ", NerFeatureGroups.Names.Where(g => !NerFeatureGroups.IsOn(defaults.Features, g)))}); repeat for several.",
            HelpName = "GROUP",
            AllowMultipleArgumentsPerToken = false,
        };
        with.AcceptOnlyFromAmong([.. NerFeatureGroups.Names]);
        var command = new Command("ner", "Train the named-entity tagger (averaged perceptrons) on CoNLL files. Trains several members, each on its own "
            + "document order; prints one line per epoch with the training mistakes and the dev precision, recall and F1, keeps each member's "
            + "epoch with the best dev F1, averages the members into one model and writes it for 'kg tag --model' and 'kg eval ner --model'. "
            + "Same files, options and seed give a byte-identical model.")
        {
            training,
            dev,
            output,
            epochs,
            seed,
            members,
            without,
            with,
        };
        command.Validators.Add(result =>
        {
            var both = (result.GetValue(with) ?? []).Intersect(result.GetValue(without) ?? [], StringComparer.Ordinal).ToList();
            if (both.Count > 0)
            {
                result.AddError($"Feature group {string.Join(", ", both)} is given to both --with and --without.");
            }
        });
        command.SetAction(parse => CommandFailure.Run(() =>
        {
            var options = new NerTrainingOptions
            {
                Epochs = parse.GetValue(epochs),
                Seed = parse.GetValue(seed),
                Members = parse.GetValue(members),
                Features = NerFeatureGroups.Apply(defaults.Features, parse.GetValue(with) ?? [], parse.GetValue(without) ?? []),
            };
            var trainingPath = parse.GetValue(training)!.FullName;
            var devPath = parse.GetValue(dev)!.FullName;
            var trainingName = NerInputs.Name(trainingPath, "Training file");
            var devName = NerInputs.Name(devPath, "Dev file");
            var trainingDocuments = NerInputs.TrainingDocuments(NerInputs.ReadConll(trainingPath, "Training file"), trainingName);
            var devDocuments = NerInputs.TrainingDocuments(NerInputs.ReadConll(devPath, "Dev file"), devName);

            // Opened before training so an output that cannot be written is reported now, not after the long part.
            using var model = PendingFile.Create(parse.GetValue(output)!.FullName);
            ConsoleTrainingProgress.PrintStart(
                trainingDocuments.Count, trainingDocuments.Sum(d => d.Sentences.Sum(s => s.Count)), trainingPath, devDocuments.Count, devPath, options);
            var progress = new ConsoleTrainingProgress();
            var trained = new NerTrainer(NerLexicons.Default, options).Run(trainingDocuments, devDocuments, progress);
            NerModelFile.Save(trained.Model, model.Stream);
            model.Commit();

            // One member's model is its kept epoch, already scored; a mean of members needs its own score.
            var devScores = devDocuments.Count == 0 ? null
                : trained.Kept.Count == 1 ? trained.Kept[0].Dev
                : NerTrainer.Evaluate(new NerTagger(trained.Model, NerLexicons.Default), devDocuments);
            progress.PrintResult(trained, devScores, model.Path, new FileInfo(model.Path).Length);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
