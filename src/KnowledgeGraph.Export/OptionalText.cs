namespace KnowledgeGraph.Export;

/// <summary>Free text that an export writes only when there is something to read (evidence, aliases).</summary>
internal static class OptionalText
{
    /// <summary>
    /// The text as <see cref="XmlTextSanitizer"/> cleans it, or null when it is missing or cleans to nothing. networkx
    /// reads an empty GraphML value as no value, Gephi as null and JavaScript an absent attribute as undefined, so
    /// "no text" is written one way in every format: left out.
    /// </summary>
    public static string? Clean(string? text) =>
        text is not null && XmlTextSanitizer.Clean(text) is { Length: > 0 } cleaned ? cleaned : null;
}
