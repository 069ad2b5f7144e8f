using KnowledgeGraph.Extraction.Ingest;

namespace KnowledgeGraph.Extraction.Tests.Ingest;

public class HtmlTokenizerTests
{
    [Fact]
    public void Reads_tags_attributes_and_text()
    {
        var tokens = HtmlTokenizer.Tokenize("<A HREF=\"/x?a=1&amp;b=2\" data-id=7 hidden>Go</a><br/>").ToList();

        var start = Assert.IsType<HtmlStartTag>(tokens[0]);
        Assert.Equal("a", start.Name);
        Assert.Equal("/x?a=1&b=2", start.Attributes["href"]);
        Assert.Equal("7", start.Attributes["data-id"]);
        Assert.Equal("", start.Attributes["hidden"]);
        Assert.False(start.SelfClosing);
        Assert.Equal(new HtmlText("Go"), tokens[1]);
        Assert.Equal(new HtmlEndTag("a"), tokens[2]);
        Assert.True(Assert.IsType<HtmlStartTag>(tokens[3]).SelfClosing);
        Assert.Equal(4, tokens.Count);
    }

    [Fact]
    public void Script_content_is_raw_text_up_to_its_own_end_tag()
    {
        var tokens = HtmlTokenizer.Tokenize("<script>if (a<b) x = '</p>';</scripts></script>after").ToList();

        Assert.Equal(new HtmlText("if (a<b) x = '</p>';</scripts>"), tokens[1]);
        Assert.Equal(new HtmlEndTag("script"), tokens[2]);
        Assert.Equal(new HtmlText("after"), tokens[3]);
    }

    [Fact]
    public void Comments_and_doctypes_are_not_tokens_and_a_literal_less_than_is_text()
    {
        var tokens = HtmlTokenizer.Tokenize("<!DOCTYPE html><!-- note -->1 < 2 <? pi ?>end").ToList();

        Assert.Equal([new HtmlText("1 < 2 "), new HtmlText("end")], tokens);
    }

    [Fact]
    public void The_first_of_a_repeated_attribute_wins() =>
        Assert.Equal("first", Assert.IsType<HtmlStartTag>(HtmlTokenizer.Tokenize("<p id=first id=second>").Single()).Attributes["id"]);
}
