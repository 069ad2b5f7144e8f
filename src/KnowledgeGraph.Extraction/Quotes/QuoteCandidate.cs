using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>A quotation on its way through attribution: a passage between marks or an embedded post.</summary>
internal sealed class QuoteCandidate(QuotedPassage passage, EmbeddedPost? post)
{
    public QuotedPassage Passage { get; } = passage;

    /// <summary>Set when the candidate is an embedded post, whose signature names its author.</summary>
    public EmbeddedPost? Post { get; } = post;

    public TextSpan Words => Post?.Words ?? Passage.Words;

    public int? SpeakerId { get; set; }

    /// <summary>The verb of the quote's own attribution; null when it has none (a post, a carried-over quote).</summary>
    public int? AttributionVerb { get; set; }

    public bool Kept { get; set; }

    public static QuoteCandidate ForPost(EmbeddedPost post) =>
        new(new QuotedPassage(post.Words.Start, post.Words.End, post.Words, 0, false), post);
}
