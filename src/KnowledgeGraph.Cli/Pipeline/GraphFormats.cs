using KnowledgeGraph.Export;

namespace KnowledgeGraph.Cli.Pipeline;

/// <summary>The export formats the command line offers, by the name users type.</summary>
internal static class GraphFormats
{
    private static readonly IReadOnlyDictionary<string, Func<IGraphExporter>> Exporters = new Dictionary<string, Func<IGraphExporter>>(StringComparer.OrdinalIgnoreCase)
    {
        ["graphml"] = () => new GraphMLExporter(),
        ["dot"] = () => new DotExporter(),
        ["gexf"] = () => new GexfExporter(),
        ["json"] = () => new JsonGraphExporter(),
    };

    public static IReadOnlyCollection<string> Names => Exporters.Keys.Order(StringComparer.Ordinal).ToArray();

    public static IGraphExporter Create(string name) => Exporters.TryGetValue(name, out var create)
        ? create()
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
