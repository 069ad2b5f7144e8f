using System.CommandLine;
using KnowledgeGraph.Cli.Terminal;
using KnowledgeGraph.Core;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg entities --db FILE [--kind KIND] [--top N]</c>: the most mentioned entities.</summary>
internal static class EntitiesCommand
{
    private const int DefaultTop = 50;

    public static Command Create()
    {
        var database = CommonOptions.Database(mustExist: true);
        var kind = CommonOptions.EntityKind();
        var top = NerOptions.AtLeastOne("--top", "How many entities to list.", DefaultTop);
        var command = new Command(
            "entities",
            "List the most mentioned entities with their kind, mentions, documents and most frequent aliases.")
        { database, kind, top };
        command.SetAction(parse => CommandFailure.Run(() =>
        {
            var file = parse.GetValue(database)!;
            InputNotFoundException.ThrowIfMissing(file, "Database");
            EntityKind? only = parse.GetValue(kind) is { } name ? EntityKindNames.Parse(name) : null;
            using var store = KnowledgeGraphStore.OpenForReading(file.FullName);
            EntityPrinter.PrintEntities(store.ListEntities(only, parse.GetValue(top)));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
