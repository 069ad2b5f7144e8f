using System.CommandLine;
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
        var epochs = new Option<int>("--epochs")
        {
            Description = "Passes over the training data.",
            HelpName = "N",
            DefaultValueFactory = _ => defaults.Epochs,
        };
        epochs.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--epochs must be at least 1.");
            }
        });
        var seed = new Option<int>("--seed")
        {
            Description = "Seeds the order the training documents are visited in; the same seed gives the same model.",
            HelpName = "N",
            DefaultValueFactory = _ => defaults.Seed,
        };
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
        var command = new Command("ner", "Train the named-entity tagger (averaged perceptron) on CoNLL files. Prints one line per epoch with the "
            + "training mistakes and the dev precision, recall and F1, keeps the epoch with the best dev F1 and writes it as a model for "
            + "'kg tag --model' and 'kg eval ner --model'. Same files, options and seed give a byte-identical model.")
        {
            training,
            dev,
            output,
            epochs,
            seed,
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
            var trained = new NerTrainer(NerLexicons.Default, options).Train(trainingDocuments, devDocuments, progress);
            NerModelFile.Save(trained, model.Stream);
            model.Commit();
            progress.PrintResult(trained, model.Path, new FileInfo(model.Path).Length);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
