using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Tests.Quotes;

/// <summary>Who may speak: pronouns agreed by gender, nominals tied by title, organizations only as subjects, places never.</summary>
public class QuoteSpeakerTests
{
    [Fact]
    public void She_and_he_find_the_person_of_their_gender()
    {
        var article = QuotedArticle.Of(
            "Transport Minister Pieter van der Berg met union leader Ana Ruiz in Kessel on Monday.",
            "“We came here in good faith and we leave with nothing,” she said.",
            "“The offer on the table is the best the budget allows this year,” he said.");

        Assert.Equal(article.Person("Ruiz").Id, article.QuoteStarting("We came here").SpeakerId);
        Assert.Equal(article.Person("van der Berg").Id, article.QuoteStarting("The offer").SpeakerId);
    }

    [Fact]
    public void A_pronoun_two_people_of_its_gender_fit_names_nobody()
    {
        var article = QuotedArticle.Of(
            "Transport Minister Carlos Mendes met port director Tomás Ortega in Kessel on Monday.",
            "“Neither side has moved an inch since the first meeting,” he said.");

        Assert.NotEqual(article.Person("Ortega").Id, article.Person("Mendes").Id);
        Assert.Null(Assert.Single(article.Quotes).SpeakerId);
    }

    [Fact]
    public void An_honorific_tells_the_gender_of_a_name_the_list_does_not_know()
    {
        var article = QuotedArticle.Of(
            "Transport Minister Pieter van der Berg met Mrs. Hallberg of the dockers' guild on Monday.",
            "“The guild will not sign anything this week, or the next,” she said.");

        Assert.Equal(article.Person("Hallberg").Id, Assert.Single(article.Quotes).SpeakerId);
    }

    [Fact]
    public void The_president_is_the_person_printed_with_that_title_even_when_someone_else_was_named_since()
    {
        var article = QuotedArticle.Of(
            "President Elena Varga received union leader Tomás Ortega at the palace on Monday.",
            "“The port will reopen before the end of the month, one way or another,” the president said.");

        Assert.Equal(article.Person("Varga").Id, Assert.Single(article.Quotes).SpeakerId);
    }

    [Fact]
    public void An_organization_speaks_when_it_is_the_subject_of_the_verb()
    {
        var article = QuotedArticle.Of(
            "Dock workers in Kessel stopped work on Monday.",
            "“Our members will stay out until the ministry returns to the table,” the Harbour Workers Union said.");

        var union = article.Entity("Harbour Workers Union", EntityKind.Organization);
        Assert.Equal(union.Id, Assert.Single(article.Quotes).SpeakerId);
    }

    [Fact]
    public void An_organization_merely_named_near_the_verb_does_not_speak()
    {
        var article = QuotedArticle.Of(
            "Dock workers in Kessel stopped work on Monday.",
            "“Our members will stay out until the ministry returns to the table,” a spokesman for the Harbour Workers Union said.",
            "The Harbour Workers Union has called three strikes this year. “Nobody expected a fourth one so soon after the last,” a docker said.");

        article.Entity("Harbour Workers Union", EntityKind.Organization);
        Assert.Equal(2, article.Quotes.Count);
        Assert.All(article.Quotes, quote => Assert.Null(quote.SpeakerId));
    }

    [Fact]
    public void A_place_never_speaks()
    {
        var article = QuotedArticle.Of(
            "Tensions rose along the border on Monday.",
            "“We will answer every provocation with all the force we have,” Venezuela said.");

        article.Entity("Venezuela", EntityKind.Place);
        Assert.Null(Assert.Single(article.Quotes).SpeakerId);
    }

    [Fact]
    public void A_quote_nobody_is_said_to_have_said_is_kept_without_a_speaker()
    {
        var article = QuotedArticle.Of(
            "Union leader Ana Ruiz spoke in Kessel on Monday.",
            "A banner on the gate read “no contract, no cargo, no exceptions for anyone”.");

        Assert.Null(Assert.Single(article.Quotes).SpeakerId);
    }

    [Fact]
    public void An_unnamed_speaker_stops_the_previous_speaker_from_carrying_over()
    {
        var article = QuotedArticle.Of(
            "Union leader Ana Ruiz spoke in Kessel on Monday.",
            "“We will keep the port closed for as long as it takes,” Ruiz said. “The strike is costing the region millions every day,” local officials said.",
            "Harbour pilots said: “Nobody has asked us what we think about any of this.”",
            "“The ships are waiting in a line that reaches the horizon,” they said.");

        Assert.Equal(article.Person("Ruiz").Id, article.QuoteStarting("We will keep").SpeakerId);
        Assert.Null(article.QuoteStarting("The strike is costing").SpeakerId);
        Assert.Null(article.QuoteStarting("Nobody has asked").SpeakerId);
        Assert.Null(article.QuoteStarting("The ships are waiting").SpeakerId);
    }
}
