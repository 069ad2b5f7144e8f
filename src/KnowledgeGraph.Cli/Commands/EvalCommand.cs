using System.CommandLine;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg eval</c>: groups the commands that score a model on annotated data; <c>ner</c> is the one there is.</summary>
internal static class EvalCommand
{
    public static Command Create() => new("eval", "Score a model on annotated data. See 'kg eval ner --help'.")
    {
        EvalNerCommand.Create(),
    };
}
