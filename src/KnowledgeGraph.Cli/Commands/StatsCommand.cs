using System.CommandLine;
using KnowledgeGraph.Cli.Terminal;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg stats --db FILE</c>: how much the database holds.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database(mustExist: true);
        var command = new Command("stats", "Count the documents, entities (by kind), mentions, relations (by kind), evidence, events and quotes in a database.") { database };
        command.SetAction(parse => CommandFailure.Run(() =>
        {
            var file = parse.GetValue(database)!;
            InputNotFoundException.ThrowIfMissing(file, "Database");
            using var store = KnowledgeGraphStore.OpenForReading(file.FullName);
            SummaryPrinter.PrintStatistics(store.GetStatistics());
            return ExitCodes.Ok;
        }));
        return command;
    }
}
