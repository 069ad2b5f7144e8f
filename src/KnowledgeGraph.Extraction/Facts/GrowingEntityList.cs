using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Facts;

namespace KnowledgeGraph.Extraction.Facts;

/// <summary>
/// The resolver's entities and mentions, to which the later stages add the nodes they find: events, and a byline's
/// outlet or article. New entities take the next local ids, so ids stay indexes into <see cref="Entities"/>.
/// </summary>
internal sealed class GrowingEntityList(IReadOnlyList<LocalEntity> entities, IReadOnlyList<Mention> mentions)
{
    private readonly List<LocalEntity> _entities = [.. entities];
    private readonly List<Mention> _mentions = [.. mentions];
    private bool _mentionsSorted = true;

    public IReadOnlyList<LocalEntity> Entities => _entities;

    /// <summary>All mentions, sorted by start as <see cref="DocumentFacts.Mentions"/> requires.</summary>
    public IReadOnlyList<Mention> Mentions
    {
        get
        {
            if (!_mentionsSorted)
            {
                // Stable, so two mentions at one offset keep the order they were added in.
                var sorted = _mentions.OrderBy(m => m.Span.Start).ThenBy(m => m.Span.End).ToList();
                _mentions.Clear();
                _mentions.AddRange(sorted);
                _mentionsSorted = true;
            }

            return _mentions;
        }
    }

    /// <summary>Adds an entity; <paramref name="mention"/>, when given, is where the text names it.</summary>
    /// <returns>The new entity's local id.</returns>
    public int Add(EntityKind kind, string name, IReadOnlyList<string> keys, int lookupKeyCount, Mention? mention)
    {
        var id = _entities.Count;
        var aliases = mention is null ? [] : new[] { new AliasCount(mention.Text, 1) };
        _entities.Add(new LocalEntity(id, kind, name, keys, aliases, lookupKeyCount));
        if (mention is not null)
        {
            _mentions.Add(mention with { EntityId = id });
            _mentionsSorted = false;
        }

        return id;
    }
}
