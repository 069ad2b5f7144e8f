using KnowledgeGraph.Extraction.Cleaning.Boilerplate;

namespace KnowledgeGraph.Extraction.Tests.Cleaning.Boilerplate;

/// <summary>Each rule drops its kind of line and keeps the article sentences that share its words.</summary>
public class BoilerplateRuleTests
{
    [Theory]
    [InlineData("Sign up for Harbour Mornings, the Halden Courier's newsletter with the day's top stories in your inbox.", true)]
    [InlineData("Subscribe to our newsletter", true)]
    [InlineData("Get our free weekly politics briefing by email.", true)]
    [InlineData("Subscribe", true)]
    [InlineData("The mayor announced the plan in her weekly newsletter on Tuesday.", false)]
    [InlineData("Subscribers to the utility's newsletter complained about the rate rise.", false)]
    [InlineData("Sign up for the youth league closes on Friday, organisers said.", false)]
    public void Newsletter_sign_up(string line, bool dropped) => Assert.Equal(dropped, new NewsletterSignupRule().IsBoilerplate(line));

    [Theory]
    [InlineData("Copyright 2025 Valley Public Radio", true)]
    [InlineData("© 2024 Halden Courier. All rights reserved.", true)]
    [InlineData("Copyright © The Lakeside Herald 2023", true)]
    [InlineData("(c) 2022 Example Wire Service", true)]
    [InlineData("Lakeside Media Group. All rights reserved.", true)]
    [InlineData("Copyright lawsuits against the studio piled up in 2024.", false)]
    [InlineData("The composer said her copyright had been ignored by the label.", false)]
    [InlineData("She said all rights reserved under the treaty would be honoured by the new government.", false)]
    public void Copyright_notice(string line, bool dropped) => Assert.Equal(dropped, new CopyrightLineRule().IsBoilerplate(line));

    [Theory]
    [InlineData("Copyright 2025 Valley Public Radio", "Valley Public Radio")]
    [InlineData("© 2024 Halden Courier. All rights reserved.", "Halden Courier")]
    [InlineData("Copyright © The Lakeside Herald 2023", "The Lakeside Herald")]
    [InlineData("Copyright 2021-2025 Example Wire. To see more, visit https://wire.example.", "Example Wire")]
    [InlineData("© 2024. All rights reserved.", null)]
    public void Copyright_holder(string line, string? holder) => Assert.Equal(holder, CopyrightLineRule.HolderOf(line));

    [Theory]
    [InlineData("RELATED NEWS : Flooding closes mountain pass for third day", true)]
    [InlineData("Related:", true)]
    [InlineData("READ MORE: Dam inspection ordered after heavy rain", true)]
    [InlineData("Read also Port workers vote to strike", true)]
    [InlineData("Related Stories", true)]
    [InlineData("Related charges were filed against two port officials on Friday.", false)]
    [InlineData("Read more carefully, the contract shows a different deadline, the union said.", false)]
    public void Related_content_header(string line, bool dropped) => Assert.Equal(dropped, new RelatedContentRule().IsBoilerplate(line));

    [Theory]
    [InlineData("Follow Us: Facebook | Instagram | Twitter | Youtube |", true)]
    [InlineData("Follow us on Bluesky", true)]
    [InlineData("Share this story:", true)]
    [InlineData("Facebook Twitter LinkedIn Email", true)]
    [InlineData("Valley Radio: Facebook | X | TikTok", true)]
    [InlineData("Share on WhatsApp", true)]
    [InlineData("The company banned the accounts on Facebook and Instagram after the vote.", false)]
    [InlineData("Follow us, the officer shouted as the crowd moved toward the gate.", false)]
    [InlineData("Share prices fell on Monday.", false)]
    public void Social_footer(string line, bool dropped) => Assert.Equal(dropped, new SocialFooterRule().IsBoilerplate(line));

    [Theory]
    [InlineData("You may also like", true)]
    [InlineData("You might also like:", true)]
    [InlineData("You may also like the new harbour walk, the mayor joked.", false)]
    public void Recommendation_header(string line, bool dropped) => Assert.Equal(dropped, new RecommendationHeaderRule().IsBoilerplate(line));

    [Theory]
    [InlineData("Leave a Comment", true)]
    [InlineData("Leave a Reply Cancel reply", true)]
    [InlineData("12 Comments", true)]
    [InlineData("Leave a comment, the council told residents, and it will be read into the record at the hearing next month.", false)]
    [InlineData("Comments from the minister angered farmers.", false)]
    public void Comment_prompt(string line, bool dropped) => Assert.Equal(dropped, new CommentPromptRule().IsBoilerplate(line));

    [Theory]
    [InlineData("Advertisement", true)]
    [InlineData("ADVERTISEMENT", true)]
    [InlineData("Story continues below advertisement", true)]
    [InlineData("Advertisement - scroll to continue", true)]
    [InlineData("Advertisement spending by the campaign doubled in May.", false)]
    public void Advertisement_label(string line, bool dropped) => Assert.Equal(dropped, new AdvertisementRule().IsBoilerplate(line));

    [Theory]
    [InlineData("Click here to read the full report.", true)]
    [InlineData("(Tap here for live updates)", true)]
    [InlineData("Residents who click here and there on the portal still cannot pay bills, she said.", false)]
    public void Click_here_instruction(string line, bool dropped) => Assert.Equal(dropped, new ClickHereRule().IsBoilerplate(line));

    [Theory]
    [InlineData("Photo: Hanna Lindqvist/Valley Post", true)]
    [InlineData("Image: Example Wire", true)]
    [InlineData("(Valley Post Photo/Tomas Ferreira)", true)]
    [InlineData("Photo by Tomas Ferreira", true)]
    [InlineData("Photographers gathered outside the courthouse before dawn.", false)]
    [InlineData("Images of the flooded square spread quickly online.", false)]
    public void Photo_credit(string line, bool dropped) => Assert.Equal(dropped, new PhotoCreditRule().IsBoilerplate(line));

    [Theory]
    [InlineData("A post shared by Valley Fire Service (@valleyfire)", true)]
    [InlineData("View this post on Instagram", true)]
    [InlineData("The bridge is closed until further notice pic.twitter.com/Ab12Cd34Ef", false)]
    [InlineData("— Mara Quist (@maraquist) March 4, 2025", false)]
    [InlineData("The pictures were later posted to the ministry's website.", false)]
    public void Embedded_post_caption(string line, bool dropped) => Assert.Equal(dropped, new EmbeddedPostRule().IsBoilerplate(line));

    [Theory]
    [InlineData("SOURCE : AGENCIES", true)]
    [InlineData("Source: Example Wire", true)]
    [InlineData("With information from Example Wire", false)]
    [InlineData("Reporting by Hanna Lindqvist; Editing by Tomas Ferreira", false)]
    [InlineData("Sources said the talks had stalled over pensions.", false)]
    public void Source_label_is_dropped_but_credits_naming_reporters_stay(string line, bool dropped) => Assert.Equal(dropped, new SourceCreditRule().IsBoilerplate(line));

    [Theory]
    [InlineData("___", true)]
    [InlineData("* * *", true)]
    [InlineData("--", false)]
    [InlineData("- Cargo traffic resumes", false)]
    public void Divider_line(string line, bool dropped) => Assert.Equal(dropped, new DividerLineRule().IsBoilerplate(line));

    [Theory]
    [InlineData("Port workers in Halden voted on Tuesday to end a nine-day strike.")]
    [InlineData("Dam inspection ordered after heavy rain")]
    [InlineData("By Hanna Lindqvist")]
    [InlineData("HALDEN (Example Wire) — The strike is over.")]
    [InlineData("“We will not accept interference,” Governor Lena Ortiz said.")]
    [InlineData("• A new oversight group will meet monthly.")]
    [InlineData("Related talks in the capital will resume next week.")]
    public void No_default_rule_drops_an_article_sentence(string line) =>
        Assert.DoesNotContain(BoilerplateRules.Default, rule => rule.IsBoilerplate(line));

    [Fact]
    public void Every_default_rule_has_a_distinct_name() =>
        Assert.Equal(BoilerplateRules.Default.Count, BoilerplateRules.Default.Select(rule => rule.Name).Distinct().Count());
}
