using KnowledgeGraph.Export;

namespace KnowledgeGraph.Cli.Pipeline;

/// <summary>The export formats the command line offers, by the name users type.</summary>
internal static class GraphFormats
{
    private static readonly IReadOnlyDictionary<string, Func<DotLayout?, IGraphExporter>> Exporters = new Dictionary<string, Func<DotLayout?, IGraphExporter>>(StringComparer.OrdinalIgnoreCase)
    {
        ["graphml"] = _ => new GraphMLExporter(),
        ["dot"] = layout => new DotExporter(layout),
        ["gexf"] = _ => new GexfExporter(),
        ["json"] = _ => new JsonGraphExporter(),
    };

    public static IReadOnlyCollection<string> Names => Exporters.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <param name="name">The format, as users type it.</param>
    /// <param name="dotLayout">The layout a DOT file names; null chooses by the graph's size. Other formats have none.</param>
    public static IGraphExporter Create(string name, DotLayout? dotLayout = null) => Exporters.TryGetValue(name, out var create)
        ? create(dotLayout)
        : throw new ArgumentException($"Unknown format '{name}'. Choose one of: {string.Join(", ", Names)}.");

    /// <summary>The format a file name implies (".graphml" → graphml, ".dot"/".gv" → dot, ".gexf" → gexf), or null.</summary>
    public static string? FromFileName(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".graphml" => "graphml",
        ".dot" or ".gv" => "dot",
        ".gexf" => "gexf",
        ".json" => "json",
        _ => null,
    };
}
