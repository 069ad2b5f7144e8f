using KnowledgeGraph.Extraction.Ner;

namespace KnowledgeGraph.Extraction.Tests.Ner;

public class FeatureRowTableTests
{
    [Fact]
    public void Every_stored_feature_finds_its_row_and_any_other_finds_none()
    {
        var random = new Random(7);
        var rows = new Dictionary<ulong, int>();
        while (rows.Count < 5_000)
        {
            rows.TryAdd((ulong)random.NextInt64() ^ ((ulong)random.Next() << 40), rows.Count);
        }

        var table = new FeatureRowTable(rows);

        Assert.Equal(rows.Count, table.Count);
        Assert.All(rows, row => Assert.Equal(row.Value, table.RowOf(row.Key)));
        for (var i = 0; i < 5_000; i++)
        {
            var absent = (ulong)random.NextInt64();
            Assert.Equal(rows.TryGetValue(absent, out var row) ? row : -1, table.RowOf(absent));
        }
    }

    [Fact]
    public void Features_that_fall_on_the_same_slot_are_told_apart()
    {
        // Equal low bits give the same first slot; the table must probe on and compare whole hashes.
        var rows = new Dictionary<ulong, int> { [5] = 0, [5 + (1UL << 32)] = 1, [5 + (2UL << 32)] = 2, [6] = 3 };

        var table = new FeatureRowTable(rows);

        Assert.Equal([0, 1, 2, 3], rows.Keys.Select(table.RowOf));
        Assert.Equal(-1, table.RowOf(5 + (3UL << 32)));
    }

    [Fact]
    public void A_feature_whose_hash_is_zero_is_stored_like_any_other() =>
        Assert.Equal(4, new FeatureRowTable(new Dictionary<ulong, int> { [0] = 4 }).RowOf(0));

    [Fact]
    public void The_entries_are_the_stored_features_with_their_rows()
    {
        var rows = new Dictionary<ulong, int> { [10] = 2, [20] = 0, [30] = 1 };

        Assert.Equal(rows.OrderBy(r => r.Key).Select(r => (r.Key, r.Value)), new FeatureRowTable(rows).Entries.OrderBy(e => e.Feature));
    }

    [Fact]
    public void An_empty_table_finds_nothing() => Assert.Equal(-1, new FeatureRowTable(new Dictionary<ulong, int>()).RowOf(42));
}
