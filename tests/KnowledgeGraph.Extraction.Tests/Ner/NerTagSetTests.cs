using KnowledgeGraph.Extraction.Ner;
using KnowledgeGraph.Extraction.Ner.Conll;

namespace KnowledgeGraph.Extraction.Tests.Ner;

public class NerTagSetTests
{
    private const int SentenceStart = -1;

    private static int T(string name)
    {
        var tag = NerTagSet.Parse(name);
        Assert.True(tag >= 0, $"{name} is not a tag");
        return tag;
    }

    [Fact]
    public void There_are_17_tags_O_first_then_BILU_for_each_type_in_order()
    {
        Assert.Equal(17, NerTagSet.Count);
        Assert.Equal(new[] { "LOC", "MISC", "ORG", "PER" }, NerTagSet.Types);
        var expected = new List<string> { "O" };
        foreach (var type in new[] { "LOC", "MISC", "ORG", "PER" })
        {
            expected.AddRange(new[] { "B", "I", "L", "U" }.Select(prefix => $"{prefix}-{type}"));
        }

        Assert.Equal(expected, Enumerable.Range(0, NerTagSet.Count).Select(NerTagSet.Name));
        Assert.Equal(0, NerTagSet.Outside);
    }

    [Fact]
    public void Every_name_parses_back_to_its_tag()
    {
        for (var tag = 0; tag < NerTagSet.Count; tag++)
        {
            Assert.Equal(tag, NerTagSet.Parse(NerTagSet.Name(tag)));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("X")]
    [InlineData("B-FOO")]
    [InlineData("b-PER")]
    [InlineData("I-per")]
    [InlineData("E-PER")]
    [InlineData("S-LOC")]
    [InlineData("B-PER ")]
    public void A_name_that_is_not_a_BILOU_tag_of_a_known_type_parses_to_minus_one(string name) =>
        Assert.Equal(-1, NerTagSet.Parse(name));

    [Fact]
    public void TypeOf_and_PrefixOf_take_a_tag_apart_and_Tag_puts_it_back_together()
    {
        Assert.Equal(-1, NerTagSet.TypeOf(NerTagSet.Outside));
        Assert.Equal('O', NerTagSet.PrefixOf(NerTagSet.Outside));
        for (var type = 0; type < NerTagSet.Types.Count; type++)
        {
            foreach (var prefix in "BILU")
            {
                var tag = NerTagSet.Tag(prefix, type);
                Assert.Equal($"{prefix}-{NerTagSet.Types[type]}", NerTagSet.Name(tag));
                Assert.Equal(type, NerTagSet.TypeOf(tag));
                Assert.Equal(prefix, NerTagSet.PrefixOf(tag));
            }
        }

        Assert.Equal((3, 'L'), (NerTagSet.TypeOf(T("L-PER")), NerTagSet.PrefixOf(T("L-PER"))));
        Assert.Equal((1, 'U'), (NerTagSet.TypeOf(T("U-MISC")), NerTagSet.PrefixOf(T("U-MISC"))));
    }

    [Theory]
    [InlineData("B-PER", "I-PER", true)]
    [InlineData("B-PER", "L-PER", true)]
    [InlineData("I-LOC", "I-LOC", true)]
    [InlineData("I-LOC", "L-LOC", true)]
    [InlineData("B-PER", "L-LOC", false)]
    [InlineData("B-PER", "I-ORG", false)]
    [InlineData("B-PER", "O", false)]
    [InlineData("B-PER", "B-PER", false)]
    [InlineData("I-MISC", "U-MISC", false)]
    [InlineData("L-PER", "B-PER", true)]
    [InlineData("L-PER", "U-ORG", true)]
    [InlineData("L-PER", "O", true)]
    [InlineData("L-PER", "I-PER", false)]
    [InlineData("U-ORG", "L-ORG", false)]
    [InlineData("O", "I-PER", false)]
    [InlineData("O", "B-LOC", true)]
    public void Inside_a_name_only_I_or_L_of_its_type_may_follow_and_outside_one_only_O_B_or_U(string previous, string next, bool allowed) =>
        Assert.Equal(allowed, NerTagSet.CanFollow(T(previous), T(next)));

    [Theory]
    [InlineData("O", true)]
    [InlineData("B-ORG", true)]
    [InlineData("U-PER", true)]
    [InlineData("I-ORG", false)]
    [InlineData("L-PER", false)]
    public void A_sentence_may_start_only_outside_a_name(string first, bool allowed) =>
        Assert.Equal(allowed, NerTagSet.CanFollow(SentenceStart, T(first)));

    [Fact]
    public void CanFollow_agrees_with_the_rule_read_off_the_tag_names_for_every_pair()
    {
        // An oracle written against the names, not the numbering: a bug in the arithmetic cannot hide in both.
        for (var previous = SentenceStart; previous < NerTagSet.Count; previous++)
        {
            var previousName = previous < 0 ? "O" : NerTagSet.Name(previous);
            var open = previousName.StartsWith("B-", StringComparison.Ordinal) || previousName.StartsWith("I-", StringComparison.Ordinal);
            for (var next = 0; next < NerTagSet.Count; next++)
            {
                var nextName = NerTagSet.Name(next);
                var expected = open
                    ? nextName == "I-" + previousName[2..] || nextName == "L-" + previousName[2..]
                    : nextName == "O" || nextName.StartsWith("B-", StringComparison.Ordinal) || nextName.StartsWith("U-", StringComparison.Ordinal);
                Assert.True(expected == NerTagSet.CanFollow(previous, next), $"{previousName} → {nextName}: expected {expected}");
            }
        }
    }

    [Fact]
    public void A_sentence_may_end_only_where_no_name_is_open()
    {
        Assert.True(NerTagSet.CanEnd(SentenceStart));
        var endings = Enumerable.Range(0, NerTagSet.Count).Where(NerTagSet.CanEnd).Select(NerTagSet.Name);
        Assert.Equal(
            new[] { "O", "L-LOC", "U-LOC", "L-MISC", "U-MISC", "L-ORG", "U-ORG", "L-PER", "U-PER" },
            endings);
    }

    [Fact]
    public void FromChunks_writes_U_for_a_one_word_name_and_B_I_L_for_a_longer_one()
    {
        // "Osk Lunder flew from Calder Bay City to Ostrel Corp ."
        var chunks = new[] { new Chunk(0, 2, "PER"), new Chunk(4, 7, "LOC"), new Chunk(8, 9, "ORG") };

        var tags = NerTagSet.FromChunks(chunks, 11);

        Assert.Equal(
            new[] { "B-PER", "L-PER", "O", "O", "B-LOC", "I-LOC", "L-LOC", "O", "U-ORG", "O", "O" },
            TinyNerCorpus.Names(tags));
    }

    [Fact]
    public void ToChunks_reads_back_the_chunks_FromChunks_wrote()
    {
        var chunks = new[]
        {
            new Chunk(0, 1, "MISC"), new Chunk(1, 5, "ORG"), new Chunk(5, 6, "PER"), new Chunk(6, 7, "PER"), new Chunk(8, 10, "LOC"),
        };

        Assert.Equal(chunks, NerTagSet.ToChunks(NerTagSet.FromChunks(chunks, 10)));
    }

    [Fact]
    public void A_sentence_without_names_is_all_O_and_has_no_chunks()
    {
        var tags = NerTagSet.FromChunks([], 4);

        Assert.Equal(new[] { 0, 0, 0, 0 }, tags);
        Assert.Empty(NerTagSet.ToChunks(tags));
    }

    [Fact]
    public void FromChunks_refuses_a_type_that_is_not_a_CoNLL_type() =>
        Assert.Throws<InvalidDataException>(() => NerTagSet.FromChunks([new Chunk(0, 1, "PERSON")], 2));
}
