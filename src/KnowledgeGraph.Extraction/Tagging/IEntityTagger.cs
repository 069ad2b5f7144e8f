namespace KnowledgeGraph.Extraction.Tagging;

/// <summary>
/// The seam between the pipeline and whatever finds names: the baseline <see cref="CapitalizedSpanTagger"/>
/// today, a trained sequence model later. Implementations are read-only after construction and thread-safe,
/// because extraction runs on every core.
/// </summary>
public interface IEntityTagger
{
    /// <summary>Finds the names in <paramref name="text"/>: non-overlapping spans sorted by position.</summary>
    IReadOnlyList<EntitySpan> Tag(AnalyzedText text);
}
