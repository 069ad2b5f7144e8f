using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Cli.Ner;
using KnowledgeGraph.Extraction.Ner.Conll;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg eval ner --conll FILE [--model FILE]</c>: tags a CoNLL file and scores the tags against its own last column,
/// printed the way conlleval prints them so the numbers compare line by line with published results.
/// </summary>
internal static class EvalNerCommand
{
    public static Command Create()
    {
        var conll = NerOptions.Conll("CoNLL file to score on, with the gold tags (IOB1, IOB2, BILOU or IOBES) in the last column.");
        var model = NerOptions.Model();
        var command = new Command("ner", "Score the named-entity tagger on a CoNLL file with gold tags: tags each -DOCSTART- block as one document, "
            + "then prints conlleval's report (token accuracy; precision, recall and FB1 of whole names, overall and per type) and the tagging speed.")
        {
            conll,
            model,
        };
        command.SetAction(parse => CommandFailure.Run(() =>
        {
            var path = parse.GetValue(conll)!;
            var file = NerInputs.ReadConll(path, "CoNLL file");
            var name = NerInputs.Name(path, "CoNLL file");
            NerInputs.RequireSentences(file, name, "there is nothing to score");
            NerInputs.RequireGoldTags(file, name);
            var tagger = NerInputs.LoadTagger(parse.GetValue(model));

            // Predictions are spelled like the gold tags, because conlleval's token accuracy compares them as strings.
            var clock = Stopwatch.StartNew();
            var predicted = ConllTagging.Tag(tagger, file, GoldTagScheme.Of(file.Sentences.Select(s => s.GoldTags!)));
            var elapsed = clock.Elapsed;
            var scores = ConllEvaluation.Evaluate(file, predicted);

            Console.Write(scores.Format());
            var rate = elapsed.TotalSeconds > 0 ? file.TokenCount / elapsed.TotalSeconds : 0;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"tagged {file.TokenCount:N0} tokens ({file.Documents.Count:N0} documents) in {elapsed.TotalSeconds:F2} s: {rate:N0} tokens/s"));
            Console.WriteLine($"model: {tagger.Model.Description}");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
