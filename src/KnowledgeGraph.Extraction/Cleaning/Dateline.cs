namespace KnowledgeGraph.Extraction.Cleaning;

/// <summary>The opening of a dispatch: where it was filed, by which agency, on which day.</summary>
/// <param name="Place">As printed: "MEXICO CITY", "HARLINGEN, Texas", "Mexico City, Mexico".</param>
/// <param name="Agency">The agency in parentheses ("AP"), when given.</param>
/// <param name="Date">The date after the place ("MEXICO CITY, Sept. 3, 2025"), when given.</param>
public sealed record Dateline(string Place, string? Agency, DateOnly? Date);
