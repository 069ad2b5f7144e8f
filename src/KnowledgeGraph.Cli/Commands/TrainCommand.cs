using System.CommandLine;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg train</c>: groups the commands that train a model; <c>ner</c> is the one there is.</summary>
internal static class TrainCommand
{
    public static Command Create() => new("train", "Train a model from annotated data. See 'kg train ner --help'.")
    {
        TrainNerCommand.Create(),
    };
}
