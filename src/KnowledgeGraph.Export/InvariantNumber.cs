using System.Globalization;

namespace KnowledgeGraph.Export;

/// <summary>
/// Numbers as every reader of our exports parses them: invariant culture, shortest round-trip form for doubles
/// (2 → "2", 0.5 → "0.5"). A German locale on the exporting machine must not turn 0.5 into "0,5".
/// </summary>
internal static class InvariantNumber
{
    public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Shortest round-trip text. Negative zero prints as "0" so that an equal value always gives equal bytes;
    /// infinities and NaN print as "Infinity", "-Infinity", "NaN", which both Java (Gephi) and Python (networkx) parse.
    /// </summary>
    public static string Format(double value) =>
        value == 0 ? "0" : value.ToString("R", CultureInfo.InvariantCulture);
}
