using KnowledgeGraph.Core.Documents;

namespace KnowledgeGraph.Core.Tests.Documents;

public class ContentHashSetTests
{
    [Fact]
    public void Holds_exactly_the_hashes_added()
    {
        var hashes = new ContentHashSet();
        var texts = Enumerable.Range(0, 500).Select(i => $"Article {i} about the harbour strike.").ToArray();
        foreach (var text in texts.Where((_, i) => i % 2 == 0))
        {
            Assert.True(hashes.Add(ContentHash.Of(text)));
        }

        Assert.Equal(250, hashes.Count);
        Assert.All(texts.Select((text, i) => (text, i)), item => Assert.Equal(item.i % 2 == 0, hashes.Contains(ContentHash.Of(item.text))));
    }

    [Fact]
    public void Adding_a_hash_twice_keeps_one()
    {
        var hashes = new ContentHashSet();
        var hash = ContentHash.Of("Ferry talks resume.");

        Assert.True(hashes.Add(hash));
        Assert.False(hashes.Add(hash));
        Assert.Equal(1, hashes.Count);
    }

    [Fact]
    public void Hashes_that_differ_in_one_digit_anywhere_are_different()
    {
        var hash = ContentHash.Of("Port Elling reopens.");
        var hashes = new ContentHashSet();
        hashes.Add(hash);

        for (var i = 0; i < hash.Length; i++)
        {
            var changed = hash[..i] + (hash[i] == '0' ? '1' : '0') + hash[(i + 1)..];
            Assert.False(hashes.Contains(changed));
        }
    }

    [Theory]
    [InlineData("not a hash")]
    [InlineData("")]
    [InlineData("ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef0123456789")]
    public void A_hash_in_another_form_is_kept_as_it_is(string odd)
    {
        var hashes = new ContentHashSet();

        Assert.True(hashes.Add(odd));

        Assert.True(hashes.Contains(odd));
        Assert.False(hashes.Contains(odd.ToLowerInvariant() + "x"));
        Assert.Equal(1, hashes.Count);
    }
}
