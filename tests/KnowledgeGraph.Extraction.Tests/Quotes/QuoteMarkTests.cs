namespace KnowledgeGraph.Extraction.Tests.Quotes;

/// <summary>Which marks open and close a quotation, and which passages between marks are not quotations at all.</summary>
public class QuoteMarkTests
{
    [Fact]
    public void Straight_curly_and_angle_quotes_all_quote()
    {
        var article = QuotedArticle.Of(
            "Union leader Ana Ruiz spoke in Kessel on Monday.",
            "\"We have asked for this meeting since the spring,\" Ruiz said.",
            "“The ministry keeps moving the date of every meeting,” Ruiz said.",
            "«Nothing will leave this port until we have a contract,» Ruiz said.");

        Assert.Equal(
            [
                "We have asked for this meeting since the spring,",
                "The ministry keeps moving the date of every meeting,",
                "Nothing will leave this port until we have a contract,",
            ],
            article.Quotes.Select(q => q.Text));
        Assert.All(article.Quotes, q => Assert.Equal(article.Person("Ruiz").Id, q.SpeakerId));
    }

    [Fact]
    public void Mixed_straight_and_curly_marks_still_pair_up()
    {
        var article = QuotedArticle.Of(
            "Union leader Ana Ruiz spoke in Kessel on Monday.",
            "Ruiz said, \"Not one crate leaves this harbour before the contract is signed.”");

        Assert.Equal("Not one crate leaves this harbour before the contract is signed.", Assert.Single(article.Quotes).Text);
    }

    [Fact]
    public void A_short_quote_without_attribution_is_a_scare_quote_or_a_title()
    {
        var article = QuotedArticle.Of(
            "Critics call the new port authority a so-called “super-agency” run from the capital.",
            "The plan, known as “Blue Harbour”, was shelved in 2019.");

        Assert.Empty(article.Quotes);
    }

    [Fact]
    public void A_short_quote_with_a_tight_attribution_is_a_quotation()
    {
        var article = QuotedArticle.Of("Union leader Ana Ruiz spoke in Kessel on Monday.", "“Never again,” Ruiz said.");

        Assert.Equal("Never again,", Assert.Single(article.Quotes).Text);
    }

    [Fact]
    public void Apostrophes_never_quote()
    {
        var article = QuotedArticle.Of(
            "Ruiz’s members don’t expect a deal, a mood the port hasn’t seen since the ’90s or the '80s.",
            "The dockers' guild and the workers’ council met at Ruiz's office, which the ministry's staff can't enter.");

        Assert.Empty(article.Quotes);
    }

    [Fact]
    public void Single_quotes_quote_in_a_headline()
    {
        var article = QuotedArticle.Of(
            "‘We will not unload a single ship,’ union leader vows",
            "Dock workers in Kessel stopped work on Monday.");

        Assert.Equal("We will not unload a single ship,", Assert.Single(article.Quotes).Text);
    }

    [Fact]
    public void An_unclosed_quote_does_not_swallow_the_following_paragraphs()
    {
        var article = QuotedArticle.Of(
            "Union leader Ana Ruiz spoke in Kessel on Monday.",
            "The minister called the plan “reckless and would say nothing more about it.",
            "The union said it would keep striking through the winter months if it had to.",
            "“We are ready for a long winter,” Ruiz said.");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal("We are ready for a long winter,", quote.Text);
        Assert.Equal(article.Person("Ruiz").Id, quote.SpeakerId);
    }

    [Fact]
    public void An_unclosed_straight_quote_does_not_turn_the_next_quotes_inside_out()
    {
        var article = QuotedArticle.Of(
            "Union leader Ana Ruiz spoke in Kessel on Monday. The crane operator, who is 6'2\" tall, said nothing.",
            "\"We are ready for a long winter,\" Ruiz said.");

        Assert.Equal("We are ready for a long winter,", Assert.Single(article.Quotes).Text);
    }

    [Fact]
    public void A_stray_opening_mark_in_a_paragraph_without_line_breaks_is_cut_at_a_sane_length()
    {
        var filler = string.Concat(Enumerable.Repeat("The cranes stood idle along the quay while the talks went on. ", 40));
        var article = QuotedArticle.Of("Union leader Ana Ruiz spoke in Kessel on Monday. She called it “a " + filler + "and then the ships left.” The end.");

        Assert.Empty(article.Quotes);
    }
}
