using System.CommandLine;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg train</c>: groups the commands that make the tagger's learned parts: <c>ner</c> the model, <c>clusters</c> the
/// word clusters its features look words up in.
/// </summary>
internal static class TrainCommand
{
    public static Command Create() => new("train", "Train the named-entity tagger's model from annotated data, or the word clusters its features use "
        + "from plain text. See 'kg train ner --help' and 'kg train clusters --help'.")
    {
        TrainNerCommand.Create(),
        TrainClustersCommand.Create(),
    };
}
