using System.CommandLine;
using KnowledgeGraph.Cli.Pipeline;
using KnowledgeGraph.Cli.Terminal;
using KnowledgeGraph.Extraction.Ingest;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg ingest PATH... --db FILE</c>: adds articles to a knowledge-graph database.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = ArticlePathsArgument.Create(
            "Article files or folders (walked recursively). Formats: .txt (first line is the title), .md or .markdown (optional front matter), .html or .htm, .jsonl (one article per line). May be left out with --reprocess.",
            ArgumentArity.ZeroOrMore);
        var database = CommonOptions.Database(mustExist: false);
        var reprocess = new Option<bool>("--reprocess")
        {
            Description = "When some stored document was extracted by an older kg, first re-extract every stored document from its stored text (an article's entities depend on the ones before it), replacing the whole graph in one transaction (readers see the old graph until it ends). Does nothing when every document is current.",
        };
        var threads = CommonOptions.Threads();
        var command = new Command("ingest", "Read articles, find their people, organizations, places and events, and add them to the database. Articles already stored (same cleaned text) are skipped, so re-running is safe.")
        {
            paths,
            database,
            reprocess,
            threads,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(paths) is not { Length: > 0 } && !result.GetValue(reprocess))
            {
                result.AddError("Name the article files or folders to ingest, or give --reprocess to re-extract what the database holds.");
            }
        });
        command.SetAction(parse => CommandFailure.Run(() =>
        {
            var file = parse.GetValue(database)!;
            var service = IngestService.CreateDefault(parse.GetValue(threads));
            IngestSummary summary;
            (int Reprocessed, IReadOnlyList<ReadProblem> Problems) reprocessed = (0, []);
            using (var store = KnowledgeGraphStore.Open(file.FullName))
            using (var progress = new ConsoleIngestProgress())
            {
                if (parse.GetValue(reprocess))
                {
                    reprocessed = service.Reprocess(store, progress);
                }

                summary = service.Ingest(parse.GetValue(paths)!, store, progress);
            }

            SummaryPrinter.PrintIngest(summary, file.FullName, reprocessed.Reprocessed);
            return summary.HasSkippedInput || reprocessed.Problems.Count > 0 ? ExitCodes.InputProblem : ExitCodes.Ok;
        }));
        return command;
    }
}
