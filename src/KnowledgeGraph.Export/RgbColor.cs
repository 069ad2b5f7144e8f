using System.Globalization;

namespace KnowledgeGraph.Export;

/// <summary>
/// An opaque colour. Gephi reads colours as separate r, g, b attributes while Graphviz wants "#RRGGBB",
/// so the colour keeps its channels and renders the hex form on demand.
/// </summary>
public readonly record struct RgbColor(byte R, byte G, byte B)
{
    /// <summary>The colour as "#RRGGBB" in upper-case hex.</summary>
    public string Hex => string.Create(CultureInfo.InvariantCulture, $"#{R:X2}{G:X2}{B:X2}");
}
