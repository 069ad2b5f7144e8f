namespace KnowledgeGraph.Extraction.Cleaning.Boilerplate;

/// <summary>The rules the cleaner applies unless it is given others.</summary>
public static class BoilerplateRules
{
    public static IReadOnlyList<IBoilerplateRule> Default { get; } =
    [
        new NewsletterSignupRule(),
        new CopyrightLineRule(),
        new RelatedContentRule(),
        new SocialFooterRule(),
        new RecommendationHeaderRule(),
        new CommentPromptRule(),
        new AdvertisementRule(),
        new ClickHereRule(),
        new PhotoCreditRule(),
        new EmbeddedPostRule(),
        new SourceCreditRule(),
        new DividerLineRule(),
    ];
}
