using KnowledgeGraph.Extraction.Ner.Conll;

namespace KnowledgeGraph.Extraction.Tests.Ner.Conll;

public class ChunkReaderTests
{
    private static Chunk[] Read(string tags) => ChunkReader.Chunks(tags.Split(' ')).ToArray();

    [Fact]
    public void Iob1_b_splits_two_touching_entities_of_the_same_type() =>
        Assert.Equal(new[] { new Chunk(0, 2, "PER"), new Chunk(2, 3, "PER") }, Read("I-PER I-PER B-PER"));

    [Fact]
    public void Iob2_chunks_begin_at_b_and_run_over_i() =>
        Assert.Equal(new[] { new Chunk(0, 2, "PER"), new Chunk(3, 4, "LOC"), new Chunk(4, 5, "LOC") }, Read("B-PER I-PER O B-LOC B-LOC"));

    [Fact]
    public void A_stray_i_after_o_begins_a_chunk() =>
        Assert.Equal(new[] { new Chunk(1, 3, "ORG") }, Read("O I-ORG I-ORG O"));

    [Fact]
    public void A_type_change_inside_an_i_run_begins_a_new_chunk() =>
        Assert.Equal(new[] { new Chunk(0, 2, "PER"), new Chunk(2, 3, "LOC") }, Read("I-PER I-PER I-LOC"));

    [Fact]
    public void A_type_change_after_b_begins_a_new_chunk() =>
        Assert.Equal(new[] { new Chunk(0, 1, "PER"), new Chunk(1, 3, "LOC") }, Read("B-PER I-LOC L-LOC"));

    [Theory]
    [InlineData("U-PER B-LOC I-LOC L-LOC O")]
    [InlineData("S-PER B-LOC I-LOC E-LOC O")]
    public void Bilou_and_iobes_read_the_same(string tags) =>
        Assert.Equal(new[] { new Chunk(0, 1, "PER"), new Chunk(1, 4, "LOC") }, Read(tags));

    [Theory]
    [InlineData("L-PER L-PER")] // a last-of-chunk tag closes its chunk, so the next one is a chunk of its own
    [InlineData("U-PER I-PER")] // an I- after a closed chunk begins a new one, as an I- after O does
    [InlineData("E-PER U-PER")]
    public void Last_and_unit_tags_end_their_chunk(string tags) =>
        Assert.Equal(new[] { new Chunk(0, 1, "PER"), new Chunk(1, 2, "PER") }, Read(tags));

    [Fact]
    public void An_i_run_closed_by_a_last_tag_is_one_chunk() =>
        Assert.Equal(new[] { new Chunk(0, 3, "MISC") }, Read("I-MISC I-MISC L-MISC"));

    [Fact]
    public void A_chunk_open_at_the_end_of_the_sentence_ends_with_it() =>
        Assert.Equal(new[] { new Chunk(1, 3, "PER") }, Read("O B-PER I-PER"));

    [Fact]
    public void The_type_is_everything_after_the_first_hyphen() =>
        Assert.Equal(new[] { new Chunk(0, 2, "GPE-LOC") }, Read("B-GPE-LOC I-GPE-LOC"));

    [Fact]
    public void No_tags_no_chunks() => Assert.Empty(ChunkReader.Chunks(Array.Empty<string>()));

    [Theory]
    [InlineData("PER")]
    [InlineData("X-PER")]
    [InlineData("B-")]
    [InlineData("BPER")]
    [InlineData("")]
    [InlineData("o")]
    public void A_tag_without_a_known_prefix_is_refused(string tag) =>
        Assert.Throws<FormatException>(() => ChunkReader.Chunks(new[] { "O", tag }));
}
