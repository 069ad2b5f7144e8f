using System.CommandLine;
using KnowledgeGraph.Cli.Terminal;
using KnowledgeGraph.Core;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg show --db FILE NAME</c> or <c>kg show --db FILE --id N</c>: one entity and what it is linked to.</summary>
internal static class ShowCommand
{
    private const int Suggestions = 5;

    public static Command Create()
    {
        var database = CommonOptions.Database(mustExist: true);
        var name = new Argument<string?>("NAME")
        {
            Description = "The entity's name or one of its aliases, in any case.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var id = new Option<long?>("--id")
        {
            Description = "The entity's id (as 'kg show' lists it when a name is ambiguous, or entities.id in the database).",
            HelpName = "N",
        };
        var command = new Command(
            "show",
            "Show one entity: its aliases, the documents that mention it and its strongest relations with their evidence sentences.")
        { database, name, id };
        command.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValue(name)) == result.GetValue(id) is null)
            {
                result.AddError("Name the entity to show, or give its --id, but not both.");
            }
        });
        command.SetAction(parse => CommandFailure.Run(() =>
        {
            var file = parse.GetValue(database)!;
            InputNotFoundException.ThrowIfMissing(file, "Database");
            using var store = KnowledgeGraphStore.OpenForReading(file.FullName);
            if (parse.GetValue(id) is { } entityId)
            {
                EntityPrinter.PrintEntity(store.GetEntity(entityId)
                    ?? throw new InputNotFoundException($"there is no entity with id {entityId} in '{file.FullName}'."));
                return ExitCodes.Ok;
            }

            var wanted = parse.GetValue(name)!.Trim();
            var matches = store.FindEntities(wanted);
            switch (matches.Count)
            {
                case 0:
                    throw new InputNotFoundException(NotFound(wanted, store.SuggestEntities(wanted, Suggestions)));
                case 1:
                    EntityPrinter.PrintEntity(store.GetEntity(matches[0].Id)!);
                    return ExitCodes.Ok;
                default:
                    Console.Error.WriteLine($"kg: error: {matches.Count} entities are called '{wanted}'. Show one with --id:");
                    foreach (var match in matches)
                    {
                        Console.Error.WriteLine($"  --id {match.Id}  {match.Name} ({match.Kind.ToName()}, {match.MentionCount} mention(s))");
                    }

                    return ExitCodes.Usage;
            }
        }));
        return command;
    }

    private static string NotFound(string wanted, IReadOnlyList<EntitySummary> suggestions) => suggestions.Count == 0
        ? $"no entity is called '{wanted}'. 'kg entities' lists the entities there are."
        : $"no entity is called '{wanted}'. Did you mean: "
            + string.Join("; ", suggestions.Select(s => $"{s.Name} ({s.Kind.ToName()}, --id {s.Id})")) + "?";
}
