namespace KnowledgeGraph.Extraction.Tests.Quotes;

/// <summary>Every layout of attribution the quote finder reads, each in an invented article of its own.</summary>
public class QuoteAttributionLayoutTests
{
    private const string Introduction = "Union leader Ana Ruiz spoke to dock workers in Kessel on Monday.";

    [Fact]
    public void Attribution_after_the_quote_names_the_speaker_before_the_verb()
    {
        var article = QuotedArticle.Of(Introduction, "“We will keep the port closed for as long as it takes,” Ruiz said.");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal("We will keep the port closed for as long as it takes,", quote.Text);
        Assert.Equal(article.Person("Ruiz").Id, quote.SpeakerId);
    }

    [Fact]
    public void Attribution_after_the_quote_can_put_the_verb_first()
    {
        var article = QuotedArticle.Of(Introduction, "“The cranes are older than most of the people who run them,” said Ana Ruiz.");

        Assert.Equal(article.Person("Ruiz").Id, Assert.Single(article.Quotes).SpeakerId);
    }

    [Fact]
    public void Attribution_after_the_quote_can_be_according_to()
    {
        var article = QuotedArticle.Of(Introduction, "“Nobody has called us since the strike began,” according to Ruiz.");

        Assert.Equal(article.Person("Ruiz").Id, Assert.Single(article.Quotes).SpeakerId);
    }

    [Fact]
    public void Attribution_before_the_quote_with_a_colon()
    {
        var article = QuotedArticle.Of(Introduction, "Ruiz said: “The ministry knows where to find us.”");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal("The ministry knows where to find us.", quote.Text);
        Assert.Equal(article.Person("Ruiz").Id, quote.SpeakerId);
    }

    [Fact]
    public void Attribution_before_the_quote_with_said_that()
    {
        var article = QuotedArticle.Of(Introduction, "Ruiz said that “every ship in the harbour will wait another week.”");

        Assert.Equal(article.Person("Ruiz").Id, Assert.Single(article.Quotes).SpeakerId);
    }

    [Fact]
    public void Attribution_before_the_quote_with_according_to()
    {
        var article = QuotedArticle.Of(Introduction, "According to Ruiz, “the talks collapsed before lunch on the second day.”");

        Assert.Equal(article.Person("Ruiz").Id, Assert.Single(article.Quotes).SpeakerId);
    }

    [Fact]
    public void A_participle_takes_the_subject_of_its_clause()
    {
        var article = QuotedArticle.Of(Introduction, "Ruiz defended the walkout, saying, “We gave the ministry three months and heard nothing back.”");

        Assert.Equal(article.Person("Ruiz").Id, Assert.Single(article.Quotes).SpeakerId);
    }

    [Fact]
    public void Any_verb_before_that_and_a_quote_attributes_it_to_a_person_subject()
    {
        var article = QuotedArticle.Of(Introduction, "Ruiz underscored that “no worker will cross the line while talks are frozen.”");

        Assert.Equal(article.Person("Ruiz").Id, Assert.Single(article.Quotes).SpeakerId);
    }

    [Fact]
    public void A_quote_split_by_its_attribution_gives_both_parts_the_speaker()
    {
        var article = QuotedArticle.Of(Introduction, "“We are not asking for much,” Ruiz said. “We are asking for the contract we signed in 2019.”");

        Assert.Equal(2, article.Quotes.Count);
        Assert.All(article.Quotes, quote => Assert.Equal(article.Person("Ruiz").Id, quote.SpeakerId));
        Assert.Equal("We are asking for the contract we signed in 2019.", article.Quotes[1].Text);
    }

    [Fact]
    public void A_quote_split_by_a_comma_attribution_gives_both_parts_the_speaker()
    {
        var article = QuotedArticle.Of(Introduction, "“We are not asking for much,” Ruiz said, “only for the contract we signed.”");

        Assert.Equal(2, article.Quotes.Count);
        Assert.All(article.Quotes, quote => Assert.Equal(article.Person("Ruiz").Id, quote.SpeakerId));
    }

    [Fact]
    public void A_quote_alone_in_the_next_paragraph_continues_the_speaker_before_it()
    {
        var article = QuotedArticle.Of(
            Introduction,
            "",
            "“The harbour has never been this quiet,” Ruiz said.",
            "",
            "“Even the gulls seem to have gone on strike with us this week.”");

        Assert.Equal(article.Person("Ruiz").Id, article.QuoteStarting("Even the gulls").SpeakerId);
    }

    [Fact]
    public void A_quote_does_not_continue_a_speaker_when_someone_else_comes_between()
    {
        var article = QuotedArticle.Of(
            Introduction,
            "“The harbour has never been this quiet,” Ruiz said.",
            "Transport Minister Pieter van der Berg left the meeting before it ended.",
            "“That was a waste of everyone's time and of public money.”");

        var quote = article.QuoteStarting("That was a waste");
        Assert.Null(quote.SpeakerId);
    }

    [Fact]
    public void An_open_quote_that_the_next_paragraph_reopens_is_said_by_the_speaker_of_the_last_paragraph()
    {
        var article = QuotedArticle.Of(
            Introduction,
            "",
            "“We have waited three years for a fair contract and we are done waiting.",
            "",
            "“Nobody here wants a long strike, but nobody will blink first either,” Ruiz said.");

        var first = article.QuoteStarting("We have waited");
        Assert.Equal("We have waited three years for a fair contract and we are done waiting.", first.Text);
        Assert.Equal(article.Person("Ruiz").Id, first.SpeakerId);
        Assert.Equal(article.Person("Ruiz").Id, article.QuoteStarting("Nobody here").SpeakerId);
    }

    [Fact]
    public void A_colon_closing_the_paragraph_above_attributes_the_quote_below()
    {
        var article = QuotedArticle.Of(Introduction, "Ruiz told the crowd:", "“We will not go back to work without a signed contract.”");

        Assert.Equal(article.Person("Ruiz").Id, Assert.Single(article.Quotes).SpeakerId);
    }

    [Fact]
    public void A_name_inside_the_quote_is_never_its_speaker()
    {
        var article = QuotedArticle.Of(
            "Transport Minister Pieter van der Berg met the press in Kessel on Monday.",
            "The statement ended with a line: “Ana Ruiz will have to explain this to her members.”");

        var quote = Assert.Single(article.Quotes);
        Assert.NotEqual(article.Person("Ruiz").Id, quote.SpeakerId);
    }

    [Fact]
    public void Quotes_come_sorted_and_each_text_is_the_document_text_under_its_span()
    {
        var article = QuotedArticle.Of(
            Introduction,
            "“We will keep the port closed for as long as it takes,” Ruiz said. “Then we will talk about wages.”",
            "Ruiz said: “The ministry knows where to find us.”");

        Assert.Equal(3, article.Quotes.Count);
        Assert.Equal(article.Quotes.OrderBy(q => q.Span.Start).Select(q => q.Span), article.Quotes.Select(q => q.Span));
        Assert.All(article.Quotes, q => Assert.Equal(article.Text.Substring(q.Span.Start, q.Span.Length), q.Text));
        Assert.All(article.Quotes, q => Assert.Equal(q.Text, q.Text.Trim()));
    }
}
