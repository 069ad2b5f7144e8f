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

    public static Option<FileInfo?> Model() => new("--model", "-m")
    {
        Description = "Tagger model made by 'kg train ner'. Default: the model built into kg (trained on CoNLL-2003 English).",
        HelpName = "FILE",
    };
}
