using KnowledgeGraph.Extraction.Ner.Conll;

namespace KnowledgeGraph.Extraction.Tests.Ner.Conll;

public class TagSchemesTests
{
    private static readonly Chunk[] TouchingPeopleThenPlace = [new(0, 2, "PER"), new(2, 3, "PER"), new(3, 4, "LOC"), new(5, 8, "ORG")];

    public static TheoryData<TagScheme, string> Spellings => new()
    {
        { TagScheme.Iob1, "I-PER I-PER B-PER I-LOC O I-ORG I-ORG I-ORG" },
        { TagScheme.Iob2, "B-PER I-PER B-PER B-LOC O B-ORG I-ORG I-ORG" },
        { TagScheme.Bilou, "B-PER L-PER U-PER U-LOC O B-ORG I-ORG L-ORG" },
    };

    [Theory]
    [MemberData(nameof(Spellings))]
    public void Encode_spells_the_chunks_in_the_scheme(TagScheme scheme, string expected) =>
        Assert.Equal(expected, string.Join(' ', TagSchemes.Encode(TouchingPeopleThenPlace, 8, scheme)));

    [Theory]
    [MemberData(nameof(Spellings))]
    public void Chunks_reads_back_what_encode_wrote(TagScheme scheme, string tags)
    {
        var chunks = ChunkReader.Chunks(tags.Split(' '));
        Assert.Equal(TouchingPeopleThenPlace, chunks);
        Assert.Equal(tags, string.Join(' ', TagSchemes.Encode(chunks, 8, scheme)));
    }

    [Fact]
    public void Iob1_uses_b_only_between_touching_chunks_of_the_same_type() =>
        Assert.Equal(new[] { "I-PER", "I-LOC", "O", "I-LOC", "B-LOC" }, TagSchemes.Encode([new(0, 1, "PER"), new(1, 2, "LOC"), new(3, 4, "LOC"), new(4, 5, "LOC")], 5, TagScheme.Iob1));

    [Fact]
    public void Encode_accepts_chunks_in_any_order() =>
        Assert.Equal(new[] { "B-PER", "B-PER" }, TagSchemes.Encode([new(1, 2, "PER"), new(0, 1, "PER")], 2, TagScheme.Iob2));

    [Fact]
    public void Convert_turns_conll_iob1_into_iob2_and_bilou()
    {
        var iob1 = new[] { "I-ORG", "O", "I-MISC", "O", "I-PER", "I-PER", "B-PER" };
        Assert.Equal(new[] { "B-ORG", "O", "B-MISC", "O", "B-PER", "I-PER", "B-PER" }, TagSchemes.Convert(iob1, TagScheme.Iob2));
        Assert.Equal(new[] { "U-ORG", "O", "U-MISC", "O", "B-PER", "L-PER", "U-PER" }, TagSchemes.Convert(iob1, TagScheme.Bilou));
    }

    [Fact]
    public void Convert_canonicalises_a_needless_iob1_b() =>
        Assert.Equal(new[] { "O", "I-MISC", "I-MISC" }, TagSchemes.Convert(["O", "B-MISC", "I-MISC"], TagScheme.Iob1));

    [Theory]
    [InlineData(0, 0)] // empty
    [InlineData(2, 1)] // reversed
    [InlineData(-1, 1)] // before the sentence
    [InlineData(3, 5)] // past its end
    public void Encode_refuses_a_chunk_outside_the_sentence(int start, int end) =>
        Assert.Throws<ArgumentException>(() => TagSchemes.Encode([new(start, end, "PER")], 4, TagScheme.Iob2));

    [Fact]
    public void Encode_refuses_overlapping_chunks() =>
        Assert.Throws<ArgumentException>(() => TagSchemes.Encode([new(0, 2, "PER"), new(1, 3, "LOC")], 4, TagScheme.Iob2));

    [Fact]
    public void Encode_refuses_a_chunk_without_a_type() =>
        Assert.Throws<ArgumentException>(() => TagSchemes.Encode([new(0, 1, "")], 1, TagScheme.Bilou));

    [Fact]
    public void Every_scheme_round_trips_random_chunkings()
    {
        // Two types only, and short chunks, so touching same-type chunks (the case IOB1 must get right) come up often.
        var random = new Random(20030);
        var types = new[] { "PER", "LOC" };
        for (var round = 0; round < 2000; round++)
        {
            var length = random.Next(0, 12);
            var chunks = new List<Chunk>();
            var position = 0;
            while (position < length)
            {
                if (random.Next(3) == 0)
                {
                    position++;
                    continue;
                }

                var end = Math.Min(length, position + random.Next(1, 4));
                chunks.Add(new Chunk(position, end, types[random.Next(types.Length)]));
                position = end;
            }

            foreach (var scheme in Enum.GetValues<TagScheme>())
            {
                var tags = TagSchemes.Encode(chunks, length, scheme);
                Assert.Equal(chunks, ChunkReader.Chunks(tags));
                foreach (var other in Enum.GetValues<TagScheme>())
                {
                    Assert.Equal(TagSchemes.Encode(chunks, length, other), TagSchemes.Convert(tags, other));
                }
            }
        }
    }
}
