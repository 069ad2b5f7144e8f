using KnowledgeGraph.Core;

namespace KnowledgeGraph.Export;

/// <summary>
/// How the exports look: one colour and one Graphviz shape per entity kind, and how node size and edge width
/// grow with the numbers behind them. Kept in one place so that GraphML and GEXF in Gephi and DOT in Graphviz agree.
/// </summary>
public static class GraphStyle
{
    /// <summary>The node size Gephi gets for an entity that is never mentioned; Gephi's own default size.</summary>
    public const double BaseNodeSize = 10;

    /// <summary>The widest DOT edge, so one very heavy relation cannot blot out its neighbours.</summary>
    public const double MaxPenWidth = 6;

    /// <summary>
    /// Fill colour of a kind. The values are ColorBrewer "Set2" (colour-blind safe, light enough for black text),
    /// with neutral grey for "other" so that unclassified entities recede.
    /// </summary>
    public static RgbColor ColorOf(EntityKind kind) => kind switch
    {
        EntityKind.Person => new RgbColor(0x8D, 0xA0, 0xCB),
        EntityKind.Organization => new RgbColor(0x66, 0xC2, 0xA5),
        EntityKind.Place => new RgbColor(0xA6, 0xD8, 0x54),
        EntityKind.Event => new RgbColor(0xFC, 0x8D, 0x62),
        _ => new RgbColor(0xB3, 0xB3, 0xB3),
    };

    /// <summary>Graphviz node shape of a kind, so that kinds differ by shape as well as colour (and survive greyscale print).</summary>
    public static string DotShapeOf(EntityKind kind) => kind switch
    {
        EntityKind.Person => "ellipse",
        EntityKind.Organization => "box",
        EntityKind.Place => "house",
        EntityKind.Event => "diamond",
        _ => "egg",
    };

    /// <summary>
    /// Gephi node size for an entity mentioned <paramref name="mentionCount"/> times. Logarithmic, because mention
    /// counts in news follow a power law and linear sizes would make a few nodes cover the rest. Rounded to two
    /// decimals so that the exported text does not depend on the last bit of the platform's log.
    /// </summary>
    public static double NodeSize(int mentionCount) =>
        Math.Round(BaseNodeSize + (5 * Math.Log2(1 + Math.Max(0, mentionCount))), 2);

    /// <summary>
    /// Graphviz pen width for a relation of <paramref name="weight"/>: 1 up to weight 1, then logarithmic, capped at
    /// <see cref="MaxPenWidth"/>. Non-finite and negative weights draw as thin lines rather than failing the export.
    /// </summary>
    public static double PenWidth(double weight)
    {
        if (!(weight > 1))
        {
            return 1;
        }

        return Math.Round(Math.Min(MaxPenWidth, 1 + Math.Log2(weight)), 2);
    }
}
