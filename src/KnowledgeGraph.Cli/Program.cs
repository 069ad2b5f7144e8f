using System.CommandLine;
using KnowledgeGraph.Cli.Commands;
using KnowledgeGraph.Cli.Terminal;

namespace KnowledgeGraph.Cli;

/// <summary>The <c>kg</c> command: builds a knowledge graph from news articles.</summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        ConsoleSetup.ForCurrentProcess();
        return CreateRootCommand().Parse(args).Invoke();
    }

    public static RootCommand CreateRootCommand() => new(
        "kg turns news articles into a knowledge graph: the people, organizations, places and events they name, "
        + "linked by relations with the sentences that support them, kept in one SQLite file and exported for Gephi (GraphML, GEXF), graph libraries (JSON) and Graphviz (DOT), or drawn as a picture ('kg render').\n\n"
        + "Start with 'kg build' to build the bundled samples, or 'kg ingest PATH --db FILE' for your own articles.")
    {
        IngestCommand.Create(),
        ExportCommand.Create(),
        RenderCommand.Create(),
        BuildCommand.Create(),
        StatsCommand.Create(),
        EntitiesCommand.Create(),
        ShowCommand.Create(),
        QueryCommand.Create(),
        TagCommand.Create(),
        TrainCommand.Create(),
        EvalCommand.Create(),
    };
}
