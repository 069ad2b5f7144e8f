using System.CommandLine;
using KnowledgeGraph.Cli.Pipeline;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Export;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg export --db FILE --format graphml|gexf|json|dot --output FILE</c>: writes the graph, or a view of it, for Gephi, graph libraries or Graphviz.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database(mustExist: true);
        var format = new Option<string?>("--format", "-f")
        {
            Description = $"Output format: {string.Join(", ", GraphFormats.Names)} (GraphML opens in Gephi, yEd and networkx; GEXF in Gephi, with a timeline, and networkx; DOT in Graphviz). Default: taken from the output file's extension.",
            HelpName = "FORMAT",
        };
        format.AcceptOnlyFromAmong([.. GraphFormats.Names]);
        var output = new Option<FileInfo?>("--output", "-o")
        {
            Description = "File to write. Without it the graph goes to standard output.",
            HelpName = "FILE",
        };
        var layout = DotLayoutOption.Create("that the DOT file names (DOT only)");
        var command = new Command(
            "export",
            "Write the knowledge graph as GraphML, GEXF, JSON or DOT: all of it, or a view of it. The view options apply in this order, "
            + "whatever order they are given in: --kinds, --no-co-mention, --min-weight, --since/--until, --drop-isolated, "
            + "--focus/--hops, --top/--rank, --collapse.")
        { database, format, output, layout };
        var view = new GraphViewOptions();
        view.AddTo(command);
        command.Validators.Add(result =>
        {
            if (result.GetValue(format) is null && (result.GetValue(output) is not { } file || GraphFormats.FromFileName(file.Name) is null))
            {
                result.AddError($"Say which format to write with --format ({string.Join(", ", GraphFormats.Names)}), or give an --output file ending in .graphml, .gexf, .json or .dot.");
            }
            else if (result.GetResult(layout) is { Implicit: false } && !string.Equals(FormatOf(result.GetValue(format), result.GetValue(output)), "dot", StringComparison.OrdinalIgnoreCase))
            {
                result.AddError("--layout chooses the Graphviz layout a DOT file names, and this export is not DOT: leave --layout out, or write --format dot.");
            }
        });
        command.SetAction(parse => CommandFailure.Run(() =>
        {
            var databaseFile = parse.GetValue(database)!;
            InputNotFoundException.ThrowIfMissing(databaseFile, "Database");
            var outputFile = parse.GetValue(output);
            var exporter = GraphFormats.Create(FormatOf(parse.GetValue(format), outputFile)!, DotLayoutOption.Read(parse.GetValue(layout)!));
            using var store = KnowledgeGraphStore.OpenForReading(databaseFile.FullName);
            if (view.Read(parse).IsWholeGraph)
            {
                // The whole graph goes out as it is read, so memory does not grow with the number of relations.
                using var streamed = store.StreamGraph();
                return Write(exporter, streamed, outputFile);
            }

            // A view needs the whole graph in memory: it follows edges from node to node and ranks nodes by them.
            return Write(exporter, view.Apply(parse, store.LoadGraph()), outputFile);
        }));
        return command;
    }

    /// <summary>Writes <paramref name="graph"/> to <paramref name="outputFile"/>, or to standard output when it is null.</summary>
    private static int Write(IGraphExporter exporter, IVertexAndEdgeSet<EntityNode, RelationEdge> graph, FileInfo? outputFile)
    {
        if (outputFile is null)
        {
            using var stdout = Console.OpenStandardOutput();
            exporter.Write(graph, stdout);
            return ExitCodes.Ok;
        }

        outputFile.Directory?.Create();
        using (var stream = File.Create(outputFile.FullName))
        {
            exporter.Write(graph, stream);
        }

        Console.Error.WriteLine($"Wrote {exporter.FormatName} with {graph.VertexCount} nodes and {graph.EdgeCount} edges to {outputFile.FullName}");
        return ExitCodes.Ok;
    }

    /// <summary>The format asked for: by --format, else by the output file's extension; null when neither says.</summary>
    private static string? FormatOf(string? format, FileInfo? output) =>
        format ?? (output is null ? null : GraphFormats.FromFileName(output.Name));
}
