using System.CommandLine;

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
}
