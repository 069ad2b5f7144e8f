using System.CommandLine;
using KnowledgeGraph.Cli.Pipeline;
using KnowledgeGraph.Cli.Terminal;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg build [PATH...] [--out DIR]</c>: a fresh database plus every export, in one step.</summary>
internal static class BuildCommand
{
    public const string DefaultInput = "samples";
    public const string DefaultOutput = "graph-export";

    public static Command Create()
    {
        var paths = ArticlePathsArgument.Create(
            $"Article files or folders. Default: {DefaultInput}/ (the bundled sample articles).",
            ArgumentArity.ZeroOrMore);
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = $"Folder for {BuildService.DatabaseFileName} and the exports. Default: {DefaultOutput}/.",
            HelpName = "DIR",
            DefaultValueFactory = _ => new DirectoryInfo(DefaultOutput),
        };
        var threads = CommonOptions.Threads();
        var noPicture = new Option<bool>("--no-svg") { Description = "Do not draw knowledge-graph.svg with Graphviz even when it is installed." };
        var command = new Command("build", $"Build everything from scratch: ingest the articles into a new {BuildService.DatabaseFileName}, then write knowledge-graph.graphml, knowledge-graph.gexf, knowledge-graph.json, knowledge-graph.dot and (with Graphviz) knowledge-graph.svg.")
        {
            paths,
            output,
            noPicture,
            threads,
        };
        command.SetAction(parse => CommandFailure.Run(() =>
        {
            var inputs = parse.GetValue(paths) is { Length: > 0 } given ? given : [DefaultInput];
            if (inputs is [DefaultInput] && !Directory.Exists(DefaultInput))
            {
                throw new InputNotFoundException($"There is no '{DefaultInput}' folder here ({Environment.CurrentDirectory}). Run kg build from the repository root, or name the articles to build from.");
            }

            BuildSummary summary;
            using (var progress = new ConsoleIngestProgress())
            {
                summary = new BuildService(IngestService.CreateDefault(parse.GetValue(threads))).Build(inputs, parse.GetValue(output)!.FullName, progress, !parse.GetValue(noPicture));
            }

            SummaryPrinter.PrintIngest(summary.Ingest, summary.Database);
            foreach (var file in summary.Files)
            {
                Console.WriteLine($"wrote {file}");
            }

            if (summary.PictureNote is { } note)
            {
                Console.Error.WriteLine($"note: {note}");
            }

            return summary.Ingest.HasSkippedInput ? ExitCodes.InputProblem : ExitCodes.Ok;
        }));
        return command;
    }
}
