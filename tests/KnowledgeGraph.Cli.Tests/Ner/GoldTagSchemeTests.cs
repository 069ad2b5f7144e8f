using KnowledgeGraph.Cli.Ner;
using KnowledgeGraph.Extraction.Ner.Conll;

namespace KnowledgeGraph.Cli.Tests.Ner;

public sealed class GoldTagSchemeTests
{
    [Fact]
    public void B_on_every_first_word_is_iob2()
    {
        Assert.Equal(TagScheme.Iob2, GoldTagScheme.Of([["B-PER", "I-PER", "O", "B-LOC"], ["O"]]));
    }

    [Fact]
    public void A_name_opening_with_i_is_iob1()
    {
        Assert.Equal(TagScheme.Iob1, GoldTagScheme.Of([["B-PER", "I-PER"], ["O", "I-LOC", "I-LOC", "B-LOC"]]));
    }

    [Fact]
    public void I_after_a_name_of_another_type_opens_a_name_too()
    {
        Assert.Equal(TagScheme.Iob1, GoldTagScheme.Of([["B-PER", "I-ORG"]]));
    }

    [Theory]
    [InlineData("U-LOC")]
    [InlineData("L-PER")]
    [InlineData("S-ORG")]
    [InlineData("E-MISC")]
    public void Last_and_unit_tags_are_bilou(string tag)
    {
        Assert.Equal(TagScheme.Bilou, GoldTagScheme.Of([["O", "I-PER"], ["B-PER", tag]]));
    }

    [Fact]
    public void I_after_a_closed_name_of_the_same_type_opens_a_name_as_the_scorer_reads_it()
    {
        // ChunkReader (conlleval's rule) lets nothing continue a chunk that U- or L- closed.
        Assert.Equal(TagScheme.Bilou, GoldTagScheme.Of([["U-PER", "I-PER"]]));
        Assert.Equal(TagScheme.Iob1, GoldTagScheme.Of([["B-PER", "I-PER", "O"], ["I-PER"]]));
    }

    [Fact]
    public void A_tag_that_is_not_a_tag_is_refused()
    {
        Assert.Throws<FormatException>(() => GoldTagScheme.Of([["O", "PERSON"]]));
    }

    [Fact]
    public void A_file_without_names_is_iob2()
    {
        Assert.Equal(TagScheme.Iob2, GoldTagScheme.Of([["O", "O"], []]));
    }
}
