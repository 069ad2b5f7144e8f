namespace KnowledgeGraph.Core.Resolution;

/// <summary>
/// What cross-document resolution remembers of the documents before the current one: which entities registered which
/// normalised resolution keys, their canonical names, and which entities were linked to each other. It also issues ids
/// for new entities, so that a new article resolves against everything ingested before it. Storage provides the
/// persistent implementation; whatever it answers must be exactly what it would answer had every earlier document been
/// resolved in the same run, because that is what makes an article-by-article ingest equal a rebuild.
/// </summary>
public interface IEntityIndex
{
    /// <summary>
    /// Every entity registered under <paramref name="key"/>, in id order; empty when there is none. More than one when
    /// entities that were kept apart share a form: "Marco Rubio" and, later, "Jane Rubio" both register "name:rubio".
    /// </summary>
    IReadOnlyList<long> Find(string key);

    /// <summary>Registers <paramref name="key"/> for <paramref name="entityId"/> beside any entity that already has it.</summary>
    void Add(string key, long entityId);

    /// <summary>Hands out the id for a new entity: one more than any id issued or stored so far.</summary>
    long NewId();

    /// <summary>The entity's canonical name as last set; null when the index was never told it.</summary>
    string? NameOf(long entityId);

    /// <summary>Sets the canonical name of a new entity, or the more complete name a later document gave an entity.</summary>
    void SetName(long entityId, string name);

    /// <summary>Remembers which entities <paramref name="document"/> links by a relation, for <see cref="CountLinked"/>.</summary>
    void AddLinks(ResolvedDocument document);

    /// <summary>
    /// How many of <paramref name="others"/> a relation of an earlier document links to <paramref name="entityId"/>,
    /// in either direction: the company an entity keeps, which tells two entities that share a key apart.
    /// </summary>
    int CountLinked(long entityId, IReadOnlyCollection<long> others);

    /// <summary>The graph id of a known event that <paramref name="report"/> describes (<see cref="EventMatch.IsSame"/>); null when none.</summary>
    long? FindEvent(EventSignature report);

    /// <summary>Records event <paramref name="entityId"/> as it now is, replacing what was known of it.</summary>
    void SetEvent(long entityId, EventSignature signature);

    /// <summary>What is known of event <paramref name="entityId"/>; null when it is not an event the index knows.</summary>
    EventSignature? EventOf(long entityId);
}
