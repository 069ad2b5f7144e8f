using KnowledgeGraph.Extraction.Ingest;

namespace KnowledgeGraph.Extraction.Tests.Ingest;

public class MarkdownReaderTests
{
    private static RawArticle ReadOne(string content)
    {
        var result = new MarkdownReader().Read("story.md", content);
        Assert.Empty(result.Problems);
        return Assert.Single(result.Articles);
    }

    [Fact]
    public void Takes_metadata_from_front_matter()
    {
        var article = ReadOne("""
            ---
            title: "Ferry strike ends in Port Halden"
            date: 2025-04-02
            source: 'Halden Courier'
            url: https://courier.example/ferry-strike
            tags:
              - transport
            ---
            # Ferry strike ends

            Workers returned on Monday.
            """);

        Assert.Equal("Ferry strike ends in Port Halden", article.Title);
        Assert.Equal(new DateOnly(2025, 4, 2), article.Published);
        Assert.Equal("Halden Courier", article.Source);
        Assert.Equal("https://courier.example/ferry-strike", article.Url);
        Assert.Equal("Ferry strike ends\n\nWorkers returned on Monday.", article.Text);
    }

    [Fact]
    public void Accepts_published_instead_of_date_and_a_spelled_out_date()
    {
        var article = ReadOne("---\npublished: April 2, 2025\n---\nText.\n");

        Assert.Equal(new DateOnly(2025, 4, 2), article.Published);
        Assert.Equal("Text.\n", article.Text);
    }

    [Fact]
    public void Without_front_matter_the_first_heading_is_the_title()
    {
        var article = ReadOne("Intro line.\n\n## Mayor **Ines Varga** resigns ##\n\nMore.\n");

        Assert.Equal("Mayor Ines Varga resigns", article.Title);
        Assert.Equal("Intro line.\n\nMayor Ines Varga resigns\n\nMore.\n", article.Text);
        Assert.Null(article.Published);
    }

    [Fact]
    public void A_setext_heading_is_the_title_and_its_underline_is_dropped()
    {
        var article = ReadOne("Bridge closes for repairs\n=========================\n\nTraffic was diverted.\n");

        Assert.Equal("Bridge closes for repairs", article.Title);
        Assert.Equal("Bridge closes for repairs\n\nTraffic was diverted.\n", article.Text);
    }

    [Fact]
    public void An_unclosed_front_matter_fence_is_a_rule_not_metadata()
    {
        var article = ReadOne("---\ntitle: not metadata\nThe council met.\n");

        Assert.Null(article.Title);
        Assert.Equal("title: not metadata\nThe council met.\n", article.Text);
    }

    [Fact]
    public void A_rule_under_a_list_item_is_not_a_heading()
    {
        var article = ReadOne("- first point\n---\nBody.\n");

        Assert.Null(article.Title);
        Assert.Equal("- first point\nBody.\n", article.Text);
    }

    [Fact]
    public void Removes_markup_but_keeps_words()
    {
        var article = ReadOne("""
            The *acting* governor, __Lena Ortiz__, met [the port authority](https://port.example/about) on ~~Monday~~ Tuesday.
            ![Crowd at the pier](pier.jpg)
            > "We will reopen," said `Ortiz`.
            - Cargo traffic resumes
            * Ferries resume
            ---
            [1]: https://port.example/notes
            ```
            var code = "not prose";
            ```
            Shipping\_manifest and 5 * 3 stay.
            """);

        Assert.Equal(
            "The acting governor, Lena Ortiz, met the port authority on Monday Tuesday.\n\n" +
            "\"We will reopen,\" said Ortiz.\n- Cargo traffic resumes\n* Ferries resume\nShipping_manifest and 5 * 3 stay.",
            article.Text);
    }

    [Theory]
    [InlineData("date: \uFF12\uFF10\uFF12\uFF15-\uFF10\uFF19-\uFF10\uFF13")]
    [InlineData("published: Sept. \u0663, \u0662\u0660\u0662\u0665")]
    public void A_front_matter_date_in_non_ascii_digits_is_not_a_date(string field)
    {
        var article = ReadOne($"---\n{field}\n---\nThe pier reopened.\n");

        Assert.Null(article.Published);
    }
}
