using System.CommandLine;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>Options the ner commands share, described once so their help reads the same everywhere.</summary>
internal static class NerOptions
{
    /// <param name="purpose">The first sentence of the description: what the file is for.</param>
    public static Option<string> Conll(string purpose) => new("--conll")
    {
        Description = $"{purpose} One token per line with the word in the first column, a blank line between sentences, "
            + $"-DOCSTART- lines between documents. '{NerInputs.StandardInput}' reads standard input.",
        HelpName = "FILE",
        Required = true,
    };

    /// <summary>Like <see cref="Conll"/>, for a command that takes several files: the option is given once per file.</summary>
    public static Option<string[]> ConllFiles(string purpose) => new("--conll")
    {
        Description = $"{purpose} Repeat the option for several files. One token per line with the word in the first column, "
            + $"a blank line between sentences, -DOCSTART- lines between documents. '{NerInputs.StandardInput}' reads standard input.",
        HelpName = "FILE",
        Required = true,
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<FileInfo?> Model() => new("--model", "-m")
    {
        Description = "Tagger model made by 'kg train ner'. Default: the model built into kg (trained on CoNLL-2003 English).",
        HelpName = "FILE",
    };

    /// <summary>An <c>N</c> option that must be at least 1 (epochs, members, clusters, counts); anything less is a usage error.</summary>
    public static Option<int> AtLeastOne(string name, string description, int defaultValue)
    {
        var option = new Option<int>(name)
        {
            Description = description,
            HelpName = "N",
            DefaultValueFactory = _ => defaultValue,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError($"{name} must be at least 1.");
            }
        });
        return option;
    }
}
