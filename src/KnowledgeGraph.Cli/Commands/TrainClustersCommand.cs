using System.CommandLine;
using System.Globalization;
using System.Text;
using KnowledgeGraph.Cli.Pipeline;
using KnowledgeGraph.Cli.Terminal;
using KnowledgeGraph.Extraction.Ner.Clusters;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg train clusters --conll FILE [--conll FILE]... --output FILE</c>: induces the Brown word clusters the tagger's
/// features look words up in, from the words of CoNLL files. The same files and options always give the same bytes
/// (the header names the files, not where they are), so the committed cluster file can be checked by making it again.
/// </summary>
internal static class TrainClustersCommand
{
    /// <summary>
    /// Words seen once make up about half of a vocabulary, each with a path drawn from one context, and the run's time
    /// grows with the vocabulary; leaving them out is the usual choice for clusters that feed a tagger.
    /// </summary>
    private const int DefaultMinimumCount = 2;

    public static Command Create()
    {
        var conll = NerOptions.ConllFiles("CoNLL file whose words (the first column) to cluster; the other columns, tags included, are not used.");
        var output = new Option<FileInfo>("--output", "-o")
        {
            Description = "Cluster file to write, as path<TAB>word<TAB>count lines under a header naming the input files and options "
                + "(replaced only once clustering has succeeded).",
            HelpName = "FILE",
            Required = true,
        };
        var clusters = NerOptions.AtLeastOne("--clusters", "How many clusters the words are divided into (C in Liang 2005). Time grows with its square.", new BrownClusteringOptions().ClusterCount);
        var minimumCount = NerOptions.AtLeastOne("--min-count", "Leave out words seen fewer times than this; they get no cluster.", DefaultMinimumCount);
        var command = new Command("clusters", "Make the word clusters for the tagger's features: Brown clustering (Liang's windowed algorithm) "
            + "of the words in the first column of CoNLL files, sentences split at blank lines, -DOCSTART- lines skipped. Prints its progress "
            + "and writes the clusters in Liang's format. Regenerate src/KnowledgeGraph.Extraction/Ner/Clusters/brown-clusters.tsv with it, "
            + "rebuild kg (the file is built in), then retrain with 'kg train ner': a model only loads with the clusters it was trained with. "
            + "Same files and options give a byte-identical file.")
        {
            conll,
            output,
            clusters,
            minimumCount,
        };
        command.SetAction(parse => CommandFailure.Run(() =>
        {
            var options = new BrownClusteringOptions(parse.GetValue(clusters), parse.GetValue(minimumCount));
            var paths = parse.GetValue(conll)!;
            var sentences = new List<IReadOnlyList<string>>();
            foreach (var path in paths)
            {
                var file = NerInputs.ReadConll(path, "CoNLL file");
                NerInputs.RequireSentences(file, NerInputs.Name(path, "CoNLL file"), "there are no words to cluster");
                sentences.AddRange(file.Sentences.Select(sentence => sentence.Words));
            }

            // Opened before clustering so an output that cannot be written is reported now, not after the long part.
            using var pending = PendingFile.Create(parse.GetValue(output)!.FullName);
            var progress = new ConsoleClusteringProgress();
            ConsoleClusteringProgress.PrintStart(sentences.Count, sentences.Sum(s => s.Count), paths.Select(InputName).ToList(), options);
            var induced = BrownClustering.Induce(sentences, options, progress);
            if (induced.Count == 0)
            {
                throw new UnusableInputException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"No word occurs {options.MinimumCount} or more times in the input, so there is nothing to cluster. Lower --min-count or give more text."));
            }

            var described = new WordClusters(induced.Words, Describe(induced, paths, options));
            using (var writer = new StreamWriter(pending.Stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true))
            {
                described.Write(writer);
            }

            pending.Commit();
            progress.PrintResult(described, pending.Path);
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>
    /// The clustering's own description followed by what it was made from and how to make it again. File names only:
    /// a full path would make the bytes, and so the tagger's lexicon fingerprint, depend on where the files were.
    /// </summary>
    private static string Describe(WordClusters induced, IEnumerable<string> paths, BrownClusteringOptions options) => string.Create(
        CultureInfo.InvariantCulture,
        $"{induced.Description} Input: first column of {string.Join(" + ", paths.Select(InputName))} (-DOCSTART- lines skipped, blank lines end sentences). "
            + $"Made with kg train clusters --clusters {options.ClusterCount} --min-count {options.MinimumCount}.");

    private static string InputName(string path) =>
        path == NerInputs.StandardInput ? "standard input" : Path.GetFileName(Path.GetFullPath(path));
}
