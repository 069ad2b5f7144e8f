namespace KnowledgeGraph.Core.Graph;

/// <summary>An edge of the knowledge graph: one aggregated relation between two entities.</summary>
/// <param name="Id">The <c>relations.id</c>.</param>
/// <param name="Source">Source entity.</param>
/// <param name="Target">Target entity.</param>
/// <param name="Kind">One of <see cref="RelationKinds"/>.</param>
/// <param name="Label">Detail of the relation, or null.</param>
/// <param name="Weight">How strongly the corpus supports it (for co-mention: the number of sentences).</param>
/// <param name="DocumentCount">How many documents support it.</param>
/// <param name="Evidence">The first supporting sentence, for people reading the export.</param>
/// <param name="FirstSeen">Earliest publication date of a document that supports it; null when none is dated.</param>
/// <param name="LastSeen">Latest publication date of a document that supports it; null when none is dated.</param>
/// <param name="EvidenceCount">
/// How many evidence rows support it: supporting sentences over all documents. Kept apart from
/// <paramref name="Weight"/>, which counts the same sentences today but is a score that may come to be weighed
/// differently, while this stays a plain count a reader can check against the <c>evidence</c> table.
/// </param>
public sealed record RelationEdge(
    long Id,
    EntityNode Source,
    EntityNode Target,
    string Kind,
    string? Label,
    double Weight,
    int DocumentCount,
    string? Evidence,
    DateOnly? FirstSeen = null,
    DateOnly? LastSeen = null,
    int EvidenceCount = 0) : IEdge<EntityNode>
{
    /// <summary>Short enough for an error message: the record's own text would print both nodes with all aliases.</summary>
    public override string ToString() => $"{Source.Name} -{Kind}-> {Target.Name} (#{Id})";
}
