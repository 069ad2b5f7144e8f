using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Pipeline;

/// <summary>
/// <c>kg build</c> without the console: a fresh database from the inputs, then every export beside it. Starting from
/// an empty database is what makes the output byte-identical from one run to the next.
/// </summary>
internal sealed class BuildService(IngestService ingest)
{
    public const string DatabaseFileName = "knowledge-graph.db";
    public const string BaseName = "knowledge-graph";

    public BuildSummary Build(IReadOnlyList<string> inputs, string outputDirectory, IIngestProgress progress, bool renderPicture)
    {
        Directory.CreateDirectory(outputDirectory);
        var database = Path.Combine(outputDirectory, DatabaseFileName);
        foreach (var stale in new[] { database, database + "-wal", database + "-shm", database + "-journal" })
        {
            File.Delete(stale);
        }

        IngestSummary summary;
        var written = new List<string>();
        using (var store = KnowledgeGraphStore.Open(database))
        {
            summary = ingest.Ingest(inputs, store, progress);

            // Every format is written from the file as it is read, so memory does not grow with the number of relations.
            using var graph = store.StreamGraph();
            foreach (var format in GraphFormats.Names)
            {
                var exporter = GraphFormats.Create(format);
                var path = Path.Combine(outputDirectory, BaseName + exporter.FileExtension);
                using var file = File.Create(path);
                exporter.Write(graph, file);
                written.Add(path);
            }
        }

        string? pictureNote = null;
        if (renderPicture && GraphvizRenderer.IsInstalled())
        {
            // The DOT file names its layout engine, chosen by the graph's size, so the picture follows that choice.
            var svg = Path.Combine(outputDirectory, BaseName + ".svg");
            var warnings = GraphvizRenderer.Render(Path.Combine(outputDirectory, BaseName + ".dot"), svg);
            written.Add(svg);
            pictureNote = warnings.Length > 0 ? $"Graphviz said: {warnings}" : null;
        }
        else if (renderPicture)
        {
            pictureNote = $"Graphviz is not installed, so no SVG picture was drawn ({GraphvizRenderer.InstallHint}).";
        }

        return new BuildSummary(summary, database, written, pictureNote);
    }
}
