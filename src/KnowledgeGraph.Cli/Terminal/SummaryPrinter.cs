using KnowledgeGraph.Cli.Pipeline;
using KnowledgeGraph.Core;
using KnowledgeGraph.Storage;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Terminal;

/// <summary>The tables <c>kg</c> prints at the end of a run and for <c>kg stats</c>.</summary>
internal static class SummaryPrinter
{
    public static void PrintIngest(IngestSummary summary, string database, int reprocessed = 0)
    {
        if (reprocessed > 0)
        {
            AnsiConsole.MarkupLine($"Re-extracted [bold]{reprocessed}[/] stored document(s) with this kg's extraction.");
        }

        var skipped = summary.Problems.Count(p => p.Skipped);
        AnsiConsole.MarkupLine(
            $"Ingested [bold]{summary.DocumentsAdded}[/] new document(s) from {summary.Files} file(s) into [blue]{Markup.Escape(database)}[/]"
            + (summary.DocumentsAlreadyStored > 0 ? $"; {summary.DocumentsAlreadyStored} already stored" : string.Empty)
            + (skipped > 0 ? $"; [yellow]{skipped} skipped[/] (see messages above)" : string.Empty) + ".");
        PrintStatistics(summary.Totals);
        if (summary.OutdatedDocuments > 0)
        {
            Console.Error.WriteLine(
                $"note: {summary.OutdatedDocuments} stored document(s) were extracted by an older kg; " +
                $"'kg ingest --reprocess --db {database}' re-extracts them.");
        }
    }

    public static void PrintStatistics(StoreStatistics statistics)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("table").AddColumn(new TableColumn("rows").RightAligned());
        table.AddRow("documents", Count(statistics.Documents));
        table.AddRow("entities", Count(statistics.Entities));
        foreach (var kind in Enum.GetValues<EntityKind>())
        {
            table.AddRow($"  {kind.ToName()}", Count(statistics.EntitiesByKind.GetValueOrDefault(kind)));
        }

        table.AddRow("mentions", Count(statistics.Mentions));
        table.AddRow("aliases", Count(statistics.Aliases));
        table.AddRow("relations", Count(statistics.Relations));
        foreach (var (kind, count) in statistics.RelationsByKind)
        {
            table.AddRow($"  {Markup.Escape(kind)}", Count(count));
        }

        table.AddRow("evidence", Count(statistics.Evidence));
        table.AddRow("events", Count(statistics.Events));
        table.AddRow("quotes", Count(statistics.Quotes));
        AnsiConsole.Write(table);
    }

    private static string Count(long value) => value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
}
