using System.CommandLine;
using System.Globalization;
using System.Text;
using KnowledgeGraph.Cli.Ner;
using KnowledgeGraph.Cli.Pipeline;
using KnowledgeGraph.Extraction.Ner.Conll;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg tag --conll FILE [--model FILE] [--scheme S] [--output FILE]</c>: adds the tagger's prediction to every token
/// line of a CoNLL file as a new last column, so the result can be scored by conlleval or any tool that reads it.
/// -DOCSTART- lines get an O column so every non-blank line has the same number of columns, as conlleval requires.
/// A file without a single token line is tagged too, into a file without one: like any filter, empty in, empty out.
/// </summary>
internal static class TagCommand
{
    public static Command Create()
    {
        var conll = NerOptions.Conll("CoNLL file to tag.");
        var model = NerOptions.Model();
        var scheme = new Option<string>("--scheme")
        {
            Description = $"How to spell the predicted tags: {TagSchemeNames.Iob2} (B- on every name's first word), "
                + $"{TagSchemeNames.Iob1} (CoNLL-2003's own: I- throughout, B- only where a name directly follows one of the same type) or {TagSchemeNames.Bilou} (B-, I-, L- for the last word, U- for a one-word name).",
            HelpName = "SCHEME",
            DefaultValueFactory = _ => TagSchemeNames.Iob2,
        };
        scheme.AcceptOnlyFromAmong([.. TagSchemeNames.Names]);
        var output = new Option<FileInfo?>("--output", "-o")
        {
            Description = "File to write. Without it the tagged file goes to standard output.",
            HelpName = "FILE",
        };
        var command = new Command("tag", "Tag the names (PER, ORG, LOC, MISC) in a CoNLL file with the named-entity tagger. Each -DOCSTART- block is "
            + "tagged as one document. Every line is written back in order: token lines with the predicted tag added as a new last column, "
            + "-DOCSTART- lines with an O column so every non-blank line has the same number of columns, as conlleval requires, and blank "
            + "lines as they were. Files with only the word column are fine.")
        {
            conll,
            model,
            scheme,
            output,
        };
        command.SetAction(parse => CommandFailure.Run(() =>
        {
            var file = NerInputs.ReadConll(parse.GetValue(conll)!, "CoNLL file");
            var tagger = NerInputs.LoadTagger(parse.GetValue(model));
            var predicted = ConllTagging.Tag(tagger, file, TagSchemeNames.Parse(parse.GetValue(scheme)!));
            if (parse.GetValue(output) is not { } outputFile)
            {
                file.WriteWithPredictions(Console.Out, predicted);
                return ExitCodes.Ok;
            }

            using (var pending = PendingFile.Create(outputFile.FullName))
            {
                using (var writer = new StreamWriter(pending.Stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true))
                {
                    file.WriteWithPredictions(writer, predicted);
                }

                pending.Commit();
            }

            Console.Error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Tagged {file.TokenCount:N0} tokens in {file.Sentences.Count:N0} sentences of {file.Documents.Count:N0} documents; wrote {outputFile.FullName}"));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
