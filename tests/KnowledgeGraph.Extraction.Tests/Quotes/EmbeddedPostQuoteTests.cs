namespace KnowledgeGraph.Extraction.Tests.Quotes;

/// <summary>A social-media post kept in an article is a quotation by the person its signature names.</summary>
public class EmbeddedPostQuoteTests
{
    [Fact]
    public void The_post_above_a_signature_is_said_by_the_person_the_signature_names()
    {
        var article = QuotedArticle.Of(
            "Union leader Ana Ruiz answered the ministry on social media on Tuesday evening.",
            "",
            "The harbour stays closed until the ministry talks to us. No more delays, no more excuses.",
            "— Ana Ruiz (@AnaRuizDocks) March 4, 2026",
            "",
            "The ministry did not reply.");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal("The harbour stays closed until the ministry talks to us. No more delays, no more excuses.", quote.Text);
        Assert.Equal(article.Person("Ruiz").Id, quote.SpeakerId);
    }

    [Fact]
    public void A_post_of_several_lines_runs_up_to_a_heading_and_leaves_its_media_link_out()
    {
        var article = QuotedArticle.Of(
            "Transport Minister Pieter van der Berg met the press in Kessel on Monday.",
            "Minister answers the union",
            "We met the union today and agreed on three points:",
            "wages, shifts and safety. pic.twitter.com/AbC123xyz",
            "- Pieter van der Berg (@PieterVdBerg) March 4, 2026",
            "The union has not confirmed the points.");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal("We met the union today and agreed on three points:\nwages, shifts and safety.", quote.Text);
        Assert.Equal(article.Person("van der Berg").Id, quote.SpeakerId);
    }

    [Fact]
    public void A_line_that_only_looks_like_a_signature_is_not_one()
    {
        var article = QuotedArticle.Of(
            "Union leader Ana Ruiz spoke in Kessel on Monday.",
            "The harbour stays closed until the ministry talks to us.",
            "— Ana Ruiz, union leader");

        Assert.Empty(article.Quotes);
    }
}
