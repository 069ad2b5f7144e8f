using KnowledgeGraph.Extraction.Ner.Conll;

namespace KnowledgeGraph.Cli.Ner;

/// <summary>The names of the tag schemes on the command line.</summary>
internal static class TagSchemeNames
{
    public const string Iob1 = "iob1";
    public const string Iob2 = "iob2";
    public const string Bilou = "bilou";

    public static IReadOnlyList<string> Names { get; } = [Iob2, Iob1, Bilou];

    /// <exception cref="ArgumentException">The name is not one of <see cref="Names"/>.</exception>
    public static TagScheme Parse(string name) => name switch
    {
        Iob1 => TagScheme.Iob1,
        Iob2 => TagScheme.Iob2,
        Bilou => TagScheme.Bilou,
        _ => throw new ArgumentException($"Unknown tag scheme '{name}'. Choose from: {string.Join(", ", Names)}.", nameof(name)),
    };
}
