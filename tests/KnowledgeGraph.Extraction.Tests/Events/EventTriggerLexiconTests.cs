using KnowledgeGraph.Extraction.Events;

namespace KnowledgeGraph.Extraction.Tests.Events;

public class EventTriggerLexiconTests
{
    private static readonly EventTriggerLexicon Shipped = EventTriggerLexicon.Default;

    [Fact]
    public void Every_documented_type_has_a_noun_or_verb_trigger_in_the_shipped_list()
    {
        var typed = Shipped.Rows
            .Where(row => row.WordClass is EventWordClass.Noun or EventWordClass.Verb)
            .SelectMany(row => new[] { row.Type, row.AlternativeType })
            .ToHashSet(StringComparer.Ordinal);

        Assert.All(EventTypes.All, type => Assert.Contains(type, typed));
    }

    [Fact]
    public void The_longest_listed_phrase_comes_first()
    {
        var forms = Shipped.TriggersAt(["struck", "a", "deal", "with"], 0, 4).ToList();

        Assert.Equal("struck a deal", forms[0][0].Form);
        Assert.Equal(EventTypes.Agreement, forms[0][0].Type);
        Assert.Equal("struck", forms[^1][0].Form);
        Assert.Equal(EventTypes.Attack, forms[^1][0].Type);
        Assert.Equal(EventTypes.Protest, forms[^1][0].AlternativeType);
    }

    [Fact]
    public void A_look_alike_phrase_is_listed_as_none()
    {
        var forms = Shipped.TriggersAt(["meeting", "expectations"], 0, 2).ToList();

        Assert.True(forms[0][0].IsNone);
    }

    [Fact]
    public void A_form_that_is_noun_and_verb_gives_both_rows()
    {
        var visit = Assert.Single(Shipped.TriggersAt(["visit"], 0, 1));

        Assert.Equal([EventWordClass.Noun, EventWordClass.Verb], visit.Select(row => row.WordClass).Order());
    }

    [Fact]
    public void A_phrase_is_not_matched_past_the_end_given()
    {
        var forms = Shipped.TriggersAt(["struck", "a", "deal"], 0, 2).ToList();

        Assert.DoesNotContain(forms, form => form[0].Form == "struck a deal");
    }

    [Fact]
    public void Context_words_match_as_written_so_a_union_is_not_the_European_Union()
    {
        Assert.Equal(EventTypes.Protest, Shipped.ContextAt(["union"], 0, 1)?.Type);
        Assert.Null(Shipped.ContextAt(["Union"], 0, 1));
        Assert.True(Shipped.ContextAt(["regularly"], 0, 1)?.IsNone);
    }

    [Fact]
    public void A_support_verb_phrase_is_found_by_its_last_word()
    {
        string[] words = ["the", "navy", "carried", "out", "a", "strike"];

        Assert.Equal(2, Shipped.SupportEndingAt(words, 0, 3));
        Assert.Equal(-1, Shipped.SupportEndingAt(words, 0, 1));
    }

    [Fact]
    public void Parse_reads_rows_with_alternative_types_and_roles()
    {
        var lexicon = EventTriggerLexicon.Parse(new StringReader(
            "# a comment\n\nwalk out\tprotest\tverb\nhosted\tmeeting\tverb\thost/guest\nstrike\tattack|protest\tnoun\n"));

        Assert.Equal(3, lexicon.Rows.Count);
        Assert.Equal(["walk", "out"], lexicon.Rows[0].Words);
        Assert.Equal(("host", "guest"), (lexicon.Rows[1].SubjectRole, lexicon.Rows[1].ObjectRole));
        Assert.Equal(("attack", "protest"), (lexicon.Rows[2].Type, lexicon.Rows[2].AlternativeType));
    }

    [Theory]
    [InlineData("meet\tgathering\tverb")]
    [InlineData("meet\tmeeting\tadverb")]
    [InlineData("meet\tmeeting\tverb\tboss/guest")]
    [InlineData("Meet\tmeeting\tverb")]
    [InlineData("carried out\tattack\tsupport")]
    [InlineData("meet")]
    [InlineData(" \tmeeting\tverb")]
    [InlineData("one two three four five six seven eight nine\tmeeting\tverb")]
    public void Parse_rejects_a_row_the_rules_could_not_use(string row)
    {
        var error = Assert.Throws<InvalidDataException>(() => EventTriggerLexicon.Parse(new StringReader(row)));

        Assert.Contains("line 1", error.Message, StringComparison.Ordinal);
    }
}
