namespace KnowledgeGraph.Cli.Pipeline;

/// <summary>The picture formats <c>kg render</c> draws, named by the output file's extension as Graphviz names them.</summary>
/// <remarks>
/// Graphviz knows dozens of formats, but which ones depends on the plugins a build has; these three are the ones the
/// usual packages (Debian's, Homebrew's) all write, so a name on this list works wherever Graphviz was installed the
/// ordinary way.
/// </remarks>
internal static class PictureFormats
{
    public static IReadOnlyList<string> Names { get; } = ["svg", "png", "pdf"];

    /// <summary>The format a file name implies (".svg" → svg, in any case), or null when it is not one of <see cref="Names"/>.</summary>
    public static string? FromFileName(string path)
    {
        var extension = Path.GetExtension(path).TrimStart('.').ToLowerInvariant();
        return Names.Contains(extension) ? extension : null;
    }
}
