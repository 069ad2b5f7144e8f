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
