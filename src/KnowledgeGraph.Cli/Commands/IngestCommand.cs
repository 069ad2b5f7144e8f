using System.CommandLine;
using KnowledgeGraph.Cli.Pipeline;
using KnowledgeGraph.Cli.Terminal;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg ingest PATH... --db FILE</c>: adds articles to a knowledge-graph database.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Article files or folders (walked recursively). Formats: .txt (first line is the title), .md or .markdown (optional front matter), .html or .htm, .jsonl (one article per line).",
            Arity = ArgumentArity.OneOrMore,
        };
        var database = CommonOptions.Database(mustExist: false);
        var command = new Command("ingest", "Read articles, find their people, organizations, places and events, and add them to the database. Articles already stored (same cleaned text) are skipped, so re-running is safe.")
        {
            paths,
            database,
        };
        command.SetAction(parse => CommandFailure.Run(() =>
        {
            var file = parse.GetValue(database)!;
            IngestSummary summary;
            using (var store = KnowledgeGraphStore.Open(file.FullName))
            using (var progress = new ConsoleIngestProgress())
            {
                summary = IngestService.CreateDefault().Ingest(parse.GetValue(paths)!, store, progress);
            }

            SummaryPrinter.PrintIngest(summary, file.FullName);
            return summary.HasSkippedInput ? ExitCodes.InputProblem : ExitCodes.Ok;
        }));
        return command;
    }
}
