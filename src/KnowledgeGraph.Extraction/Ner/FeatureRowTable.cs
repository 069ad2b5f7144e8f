using System.Numerics;

namespace KnowledgeGraph.Extraction.Ner;

/// <summary>
/// The read-only map from feature hash to weight row that tagging asks about fifty times a token. Open addressing
/// with linear probing over one array of (hash, row) slots, at most half full: a lookup is usually one cache line,
/// where <see cref="Dictionary{TKey,TValue}"/> reads a bucket array and then an entry array elsewhere in memory, two
/// misses in a table of a million features. The hashes are already well mixed (<see cref="FeatureHash"/>), so their
/// low bits serve as the slot index as they are.
/// </summary>
public sealed class FeatureRowTable
{
    private readonly Slot[] _slots;
    private readonly int _mask;

    public FeatureRowTable(IReadOnlyDictionary<ulong, int> rows)
    {
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, rows.Count * 2));
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        foreach (var (feature, row) in rows)
        {
            var index = (int)(feature & (ulong)_mask);
            while (_slots[index].RowPlusOne != 0)
            {
                index = (index + 1) & _mask;
            }

            _slots[index] = new Slot(feature, row + 1);
        }

        Count = rows.Count;
    }

    public int Count { get; }

    /// <summary>Every feature with its row, in no particular order.</summary>
    public IEnumerable<(ulong Feature, int Row)> Entries =>
        _slots.Where(slot => slot.RowPlusOne != 0).Select(slot => (slot.Feature, slot.RowPlusOne - 1));

    /// <summary>The row of <paramref name="feature"/>, or -1 when the model has none (it never mattered in training).</summary>
    public int RowOf(ulong feature)
    {
        var index = (int)(feature & (ulong)_mask);
        while (true)
        {
            var slot = _slots[index];
            if (slot.RowPlusOne == 0)
            {
                return -1;
            }

            if (slot.Feature == feature)
            {
                return slot.RowPlusOne - 1;
            }

            index = (index + 1) & _mask;
        }
    }

    /// <summary>A stored feature and its row plus one, so that the zeroed slot of a new array reads as empty.</summary>
    private readonly record struct Slot(ulong Feature, int RowPlusOne);
}
