namespace KnowledgeGraph.Core.Resolution;

/// <summary>
/// The registry of entity identities: maps normalised resolution keys to the ids of entities already in the graph
/// and issues ids for new ones, so that a new article
/// resolves against everything ingested before it. Storage provides the persistent implementation.
/// </summary>
public interface IEntityIndex
{
    /// <summary>The entity registered under <paramref name="key"/>, or null.</summary>
    long? Find(string key);

    /// <summary>Registers <paramref name="key"/> for <paramref name="entityId"/>; the first registration of a key wins.</summary>
    void Add(string key, long entityId);

    /// <summary>Hands out the id for a new entity: one more than any id issued or stored so far.</summary>
    long NewId();
}
