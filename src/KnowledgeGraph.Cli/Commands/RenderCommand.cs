using System.CommandLine;
using KnowledgeGraph.Cli.Pipeline;
using KnowledgeGraph.Export;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg render --db FILE --output FILE.svg|png|pdf [--layout auto|dot|sfdp|neato]</c>: draws the graph, or a view of
/// it, with Graphviz, in one step instead of an export followed by a Graphviz command.
/// </summary>
internal static class RenderCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database(mustExist: true);
        var output = new Option<FileInfo>("--output", "-o")
        {
            Description = $"The picture to write; its extension says the format: {string.Join(", ", PictureFormats.Names.Select(name => "." + name))}.",
            HelpName = "FILE",
            Required = true,
        };
        var layout = DotLayoutOption.Create("to draw with");
        var command = new Command(
            "render",
            "Draw the knowledge graph, or a view of it, as an SVG, PNG or PDF picture with Graphviz (which must be installed). "
            + "Nodes are shaped and coloured by kind, with a legend; edges are labelled with their relation. The view options "
            + "are those of 'kg export' and apply in the same order.")
        { database, output, layout };
        var view = new GraphViewOptions();
        view.AddTo(command);
        command.Validators.Add(result =>
        {
            if (result.GetValue(output) is { } file && PictureFormats.FromFileName(file.Name) is null)
            {
                var files = string.Join(", ", PictureFormats.Names.Select(name => "FILE." + name));
                result.AddError($"kg render cannot tell a picture format from '{file.Name}': name the --output file {files} (for the DOT file itself use 'kg export --format dot').");
            }
        });
        command.SetAction(parse => CommandFailure.Run(() =>
        {
            var databaseFile = parse.GetValue(database)!;
            InputNotFoundException.ThrowIfMissing(databaseFile, "Database");
            GraphvizRenderer.EnsureInstalled(); // before reading a big graph for nothing
            var outputFile = parse.GetValue(output)!;
            using var store = KnowledgeGraphStore.OpenForReading(databaseFile.FullName);
            var graph = view.Apply(parse, store.LoadGraph());
            var chosen = DotLayoutOption.Read(parse.GetValue(layout)!) ?? DotLayout.For(graph.VertexCount);
            outputFile.Directory?.Create();
            var warnings = GraphvizRenderer.Render(graph, new DotExporter(chosen), outputFile.FullName);
            if (warnings.Length > 0)
            {
                Console.Error.WriteLine($"note: Graphviz said: {warnings}");
            }

            Console.Error.WriteLine($"Drew {graph.VertexCount} nodes and {graph.EdgeCount} edges with Graphviz {chosen.Engine} to {outputFile.FullName}");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
