using System.CommandLine;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>Options several commands share, described once so their help reads the same everywhere.</summary>
internal static class CommonOptions
{
    public static Option<FileInfo> Database(bool mustExist) => new("--db")
    {
        Description = mustExist
            ? "The knowledge-graph SQLite file to read (made by 'kg ingest' or 'kg build')."
            : "The knowledge-graph SQLite file to create or add to.",
        HelpName = "FILE",
        Required = true,
    };

    /// <summary><c>--threads N</c>: how many articles are extracted at once; the output does not depend on it.</summary>
    public static Option<int> Threads()
    {
        var option = new Option<int>("--threads")
        {
            Description = $"Articles extracted at the same time (default: one per processor core, here {Environment.ProcessorCount}). One writer stores them in input order, so the database is the same for any number.",
            HelpName = "N",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 256)
            {
                result.AddError("--threads must be between 1 and 256.");
            }
        });
        return option;
    }

    /// <summary>An optional <c>--kind</c> naming one entity kind; anything else is a usage error that lists the kinds.</summary>
    public static Option<string?> EntityKind()
    {
        var names = string.Join(", ", Enum.GetValues<Core.EntityKind>().Select(kind => kind.ToName()));
        var option = new Option<string?>("--kind")
        {
            Description = $"Only entities of this kind: {names}.",
            HelpName = "KIND",
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && !EntityKindNames.TryParse(value, out _))
            {
                result.AddError($"--kind '{value}' is not an entity kind. Use one of: {names}.");
            }
        });
        return option;
    }
}
