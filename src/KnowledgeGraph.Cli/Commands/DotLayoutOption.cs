using System.CommandLine;
using KnowledgeGraph.Export;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>--layout auto|dot|sfdp|neato</c>: the Graphviz layout engine a DOT file names, described once for
/// <c>kg render</c> and <c>kg export</c>.
/// </summary>
/// <remarks>
/// The engine is written into the file rather than passed to Graphviz, and Graphviz 2.43 (Debian 12) lets the file's
/// choice win over its own <c>-K</c> option, so choosing it here is the dependable way to choose it.
/// </remarks>
internal static class DotLayoutOption
{
    public const string Auto = "auto";

    private static readonly string[] Names = [Auto, .. DotLayout.All.Select(layout => layout.Engine)];

    public static Option<string> Create(string appliesTo)
    {
        var option = new Option<string>("--layout")
        {
            Description = $"Graphviz layout engine {appliesTo}: auto (dot up to {DotLayout.MaxNodesForDot} nodes, sfdp "
                + "beyond), dot (layered), sfdp (force-directed, fast on big graphs) or neato (force-directed, for small graphs).",
            HelpName = string.Join('|', Names),
            DefaultValueFactory = _ => Auto,
        };
        option.AcceptOnlyFromAmong(Names);
        return option;
    }

    /// <summary>The layout <paramref name="name"/> asks for; null for <c>auto</c>, which leaves the choice to the graph's size.</summary>
    public static DotLayout? Read(string name) =>
        name == Auto ? null : DotLayout.All.Single(layout => layout.Engine == name);
}
