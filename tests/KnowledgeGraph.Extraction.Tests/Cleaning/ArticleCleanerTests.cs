using KnowledgeGraph.Core.Documents;
using KnowledgeGraph.Extraction.Cleaning;
using KnowledgeGraph.Extraction.Ingest;

namespace KnowledgeGraph.Extraction.Tests.Cleaning;

public class ArticleCleanerTests
{
    private static Document Clean(string text, string? title = null, string? source = null, DateOnly? published = null) =>
        new ArticleCleaner().Clean(new RawArticle("in/story.txt", text, title, source, "https://valley.example/s", published));

    [Fact]
    public void Cleans_a_noisy_article_end_to_end()
    {
        const string raw =
            "Sign up for Harbour Mornings, the Valley Post's newsletter that brings the top stories to your inbox.\r\n" +
            "Port Strike Ends After Nine Days\r\n" +
            "\r\n" +
            "by Hanna Lindqvist\r\n" +
            "\r\n" +
            "PORT HALDEN, Sept. 3, 2025\r\n" +
            "\r\n" +
            "Dock workers and the Halden Port Authority agreed on Wednesday to end the strike.   \r\n" +
            "RELATED NEWS : Flooding closes mountain pass for third day\r\n" +
            "\r\n" +
            "\r\n" +
            "\r\n" +
            "  • Wages rise by 4% over two years.\r\n" +
            "  • A new safety panel,led by Lena Ortiz,will meet monthly.\r\n" +
            "\r\n" +
            "The talks were tense.Negotiators met 1,200 members at the U.S.Canada terminal.\r\n" +
            "Ships are moving again, the authority said pic.twitter.com/Qq11Ww22Ee\r\n" +
            "— Halden Port Authority (@haldenport) September 3, 2025\r\n" +
            "The union said its newsletter would explain the deal to members.\r\n" +
            "SOURCE : AGENCIES | Follow Us: Facebook | Instagram | Twitter | Youtube |\r\n" +
            "You may also like\r\n" +
            "\r\n" +
            "Leave a Comment\r\n" +
            "Copyright 2025 Valley Post Media";

        var document = Clean(raw);

        const string expected =
            "Port Strike Ends After Nine Days\n" +
            "\n" +
            "by Hanna Lindqvist\n" +
            "\n" +
            "PORT HALDEN, Sept. 3, 2025\n" +
            "\n" +
            "Dock workers and the Halden Port Authority agreed on Wednesday to end the strike.\n" +
            "\n" +
            "• Wages rise by 4% over two years.\n" +
            "• A new safety panel, led by Lena Ortiz, will meet monthly.\n" +
            "\n" +
            "The talks were tense. Negotiators met 1,200 members at the U.S.Canada terminal.\n" +
            "Ships are moving again, the authority said\n" +
            "— Halden Port Authority (@haldenport) September 3, 2025\n" +
            "The union said its newsletter would explain the deal to members.";
        Assert.Equal(expected, document.Text);
        Assert.Equal(ContentHash.Of(expected), document.ContentHash);
        Assert.Equal("in/story.txt", document.Path);
        Assert.Equal("Port Strike Ends After Nine Days", document.Title);
        Assert.Equal("Hanna Lindqvist", document.Byline);
        Assert.Equal("PORT HALDEN", document.Dateline);
        Assert.Equal(new DateOnly(2025, 9, 3), document.Published);
        Assert.Equal("Valley Post Media", document.Source);
        Assert.Equal("https://valley.example/s", document.Url);
    }

    [Fact]
    public void A_line_longer_than_any_boilerplate_is_never_boilerplate_though_it_names_social_networks()
    {
        var footerWords = "Follow us on Facebook, Twitter and Instagram. ";
        var longLine = string.Concat(Enumerable.Repeat(footerWords, (ArticleCleaner.MaxBoilerplateLineLength / footerWords.Length) + 1));

        var document = Clean("The harbour reopened on Monday.\n" + longLine.Trim() + "\nFollow us on Facebook and Twitter");

        Assert.Contains("Follow us on Facebook, Twitter and Instagram.", document.Text);
        Assert.DoesNotContain("Follow us on Facebook and Twitter", document.Text.Replace(longLine.Trim(), string.Empty));
    }

    [Fact]
    public void Offsets_into_the_repaired_text_point_at_the_repaired_words()
    {
        var document = Clean("The meeting,held in Port Halden,was short.");

        Assert.Equal("The meeting, held in Port Halden, was short.", document.Text);
        var start = document.Text.IndexOf("Port Halden", StringComparison.Ordinal);
        Assert.Equal("Port Halden", document.Text[start..(start + "Port Halden".Length)]);
        Assert.Equal(21, start);
    }

    [Fact]
    public void An_agency_dateline_names_the_source_when_nothing_else_does()
    {
        var document = Clean("PORT HALDEN (Example Wire) — Dock workers voted on Tuesday to end the strike.\nMore talks are planned.");

        Assert.Equal("Example Wire", document.Source);
        Assert.Equal("PORT HALDEN", document.Dateline);
        Assert.Null(document.Published);
        Assert.Null(document.Byline);
        Assert.StartsWith("PORT HALDEN (Example Wire) —", document.Text);
    }

    [Fact]
    public void Metadata_wins_over_what_the_text_says()
    {
        var document = Clean(
            "Headline\nPORT HALDEN (Example Wire) — Text.\nPORT HALDEN, Sept. 3, 2025\nCopyright 2025 Valley Post",
            title: "  Given headline ",
            source: "Harbour Times",
            published: new DateOnly(2025, 9, 1));

        Assert.Equal("Given headline", document.Title);
        Assert.Equal("Harbour Times", document.Source);
        Assert.Equal(new DateOnly(2025, 9, 1), document.Published);
    }

    [Fact]
    public void A_copyright_holder_is_preferred_to_the_dateline_agency()
    {
        var document = Clean("PORT HALDEN (Example Wire) — Dock workers voted.\nCopyright 2025 Valley Post");

        Assert.Equal("Valley Post", document.Source);
        Assert.Equal("PORT HALDEN (Example Wire) — Dock workers voted.", document.Text);
    }

    [Fact]
    public void Reads_the_publication_date_from_a_short_line_near_the_top_but_not_from_the_headline()
    {
        var document = Clean("Vote on the dam set for Nov. 5, 2026\nBy Tomas Ferreira\nPublished Sept. 3, 2025 | 10:04 AM\nThe council agreed on Monday.");

        Assert.Equal(new DateOnly(2025, 9, 3), document.Published);
        Assert.Equal("Tomas Ferreira", document.Byline);
    }

    [Fact]
    public void Reads_the_publication_date_from_the_byline()
    {
        var document = Clean("Dam vote delayed\nBy Tomas Ferreira | March 4, 2025\nThe council delayed the vote.");

        Assert.Equal(new DateOnly(2025, 3, 4), document.Published);
        Assert.Equal("Tomas Ferreira", document.Byline);
    }

    [Fact]
    public void A_date_in_a_body_sentence_is_not_the_publication_date()
    {
        var document = Clean("Dam vote delayed\nThe council first discussed the dam on March 4, 2025, officials said.");

        Assert.Null(document.Published);
    }

    [Fact]
    public void Bylines_and_datelines_are_only_looked_for_near_the_top()
    {
        var lines = Enumerable.Range(1, 6).Select(n => $"Paragraph {n} of the story.").ToList();
        lines.Add("By Hanna Lindqvist");
        lines.Add("PORT HALDEN (Example Wire) — Late dateline.");

        var document = Clean(string.Join("\n", lines));

        Assert.Null(document.Byline);
        Assert.Null(document.Dateline);
        Assert.Null(document.Source);
    }

    [Fact]
    public void Title_is_the_first_line_and_a_paragraph_is_cut_at_a_word()
    {
        var paragraph = string.Join(' ', Enumerable.Repeat("harbour", 60));

        var document = Clean("\n\n" + paragraph + "\nSecond line.");

        Assert.True(document.Title.Length <= 300);
        Assert.EndsWith("harbour…", document.Title);
        Assert.StartsWith(document.Title[..^1], paragraph);
        Assert.StartsWith(paragraph, document.Text);
    }

    [Fact]
    public void An_article_that_is_all_boilerplate_becomes_empty()
    {
        var document = Clean("Advertisement\n\nLeave a Comment\n");

        Assert.Equal("", document.Text);
        Assert.Equal("", document.Title);
        Assert.Equal(ContentHash.Of(""), document.ContentHash);
    }

    [Fact]
    public void Cleaning_is_deterministic() =>
        Assert.Equal(Clean("A,b.\nBy Ana Ruiz\n"), Clean("A,b.\nBy Ana Ruiz\n"));

    [Fact]
    public void A_header_date_in_full_width_digits_is_no_date_and_no_crash()
    {
        var document = Clean("Ferry timetable changes\nPublished \uFF12\uFF10\uFF12\uFF15-\uFF10\uFF19-\uFF10\uFF13\nThe ferry now leaves at noon.");

        Assert.Null(document.Published);
    }

    // Month prefixes without a word boundary made "Mayor", "Octavia" and "Junia" open a "date line", and a leading
    // digit did the same for "3,000 cyclists".
    [Theory]
    [InlineData("Mayor Ilse Brandt recalled the fire of March 3, 1998.")]
    [InlineData("Mayor Ilse Brandt recalled the fire of March 3, 1998")]
    [InlineData("Octavia Brandt was born on May 5, 1960.")]
    [InlineData("Junia Okafor opened the bakery on June 2, 1987.")]
    [InlineData("3,000 cyclists rode through town on April 9, 2001.")]
    [InlineData("Decisions made on March 3, 1999 still shape the harbour today")]
    public void A_story_sentence_near_the_top_gives_no_publication_date(string secondLine)
    {
        var document = Clean($"Harbour history\n{secondLine}\nThe museum opens on Friday.");

        Assert.Null(document.Published);
    }

    [Theory]
    [InlineData("Sept. 3, 2025 | 10:04 a.m.")]
    [InlineData("Wednesday, September 3, 2025")]
    [InlineData("Updated: 2025-09-03 10:04 CET")]
    [InlineData("3 September 2025 · 4 min read")]
    [InlineData("Posted on Sept. 3, 2025 by the harbour desk")]
    public void A_short_line_that_is_about_the_date_gives_the_publication_date(string secondLine)
    {
        var document = Clean($"Harbour history\n{secondLine}\nThe museum opens on Friday.");

        Assert.Equal(new DateOnly(2025, 9, 3), document.Published);
    }

    [Fact]
    public void A_wire_agency_opening_a_line_is_no_dateline_place()
    {
        var document = Clean("Ferry fares rise\nAP — The ferry operator raised fares on Monday.");

        Assert.Null(document.Dateline);
    }

    // Found by Robustness/HostileInputPropertyTests: titles, sources and URLs from HTML, front matter and JSON Lines
    // reached the Document with control characters and lone surrogates that the text itself never keeps.
    [Fact]
    public void Metadata_with_control_characters_and_lone_surrogates_is_cleaned_like_the_text()
    {
        var document = new ArticleCleaner().Clean(
            new RawArticle("in/story.jsonl#1", "Body.", "Port\u0019 Strike\nEnds\uD800", "Valley\u0000 Post\uFFFE", "https://a.example/\u0081s", null));

        Assert.Equal("Port Strike Ends\uFFFD", document.Title);
        Assert.Equal("Valley Post", document.Source);
        Assert.Equal("https://a.example/s", document.Url);
    }

    [Fact]
    public void Metadata_that_is_only_control_characters_counts_as_missing()
    {
        var document = Clean("Port Strike Ends\nDock workers agreed.", title: "\u0000\u0001", source: "\uFFFF");

        Assert.Equal("Port Strike Ends", document.Title);
        Assert.Null(document.Source);
    }
}
