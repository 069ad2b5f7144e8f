using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Extraction.Gazetteers;

namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>
/// Finds the direct quotations of one document and who said them (the <c>said</c> facts). A quotation is the text
/// between quotation marks (<see cref="QuotationScanner"/>) or a social-media post kept in the article
/// (<see cref="EmbeddedPostFinder"/>, whose signature names its author). Each quote takes the speaker of its own
/// attribution (<see cref="AttributionFinder"/>, <see cref="SpeakerResolver"/>); one without continues the quote
/// before it when nothing intervenes (<see cref="CarryOverRule"/>); the first paragraph of a quotation that runs over
/// several paragraphs takes the speaker of the paragraphs that follow. A quote of fewer than <see cref="FewestWords"/>
/// words that nobody is said to have said is a title or a scare quote ("the so-called “narco-state”") and is left out;
/// a longer one is kept with no speaker. A pure function of its inputs; one instance serves every thread.
/// </summary>
public sealed class QuoteExtractor
{
    /// <summary>A quote shorter than this needs an attribution of its own to count as a quotation.</summary>
    public const int FewestWords = 4;

    private readonly Gazetteer _gazetteer;
    private readonly GivenNameGenders _names;

    public QuoteExtractor(Gazetteer gazetteer)
        : this(gazetteer, GivenNameGenders.Default)
    {
    }

    public QuoteExtractor(Gazetteer gazetteer, GivenNameGenders names)
    {
        _gazetteer = gazetteer;
        _names = names;
    }

    /// <summary>
    /// The quotes of <paramref name="text"/>, sorted by start. <paramref name="entities"/> and <paramref name="mentions"/>
    /// are the resolver's for the same text (mentions sorted by start); a speaker is a <see cref="LocalEntity.Id"/>.
    /// </summary>
    public IReadOnlyList<LocalQuote> Extract(AnalyzedText text, IReadOnlyList<LocalEntity> entities, IReadOnlyList<Mention> mentions)
    {
        var lines = new TextLines(text.Text);
        var posts = EmbeddedPostFinder.Find(text.Text, lines);
        var candidates = Candidates(QuotationScanner.Scan(text.Text, lines), posts);
        var quoted = new List<TextSpan>(candidates.Count + posts.Count);
        foreach (var candidate in candidates)
        {
            quoted.Add(candidate.Post is { } post ? post.Words : candidate.Passage.Extent);
        }

        quoted.AddRange(posts.Select(post => post.Signature));
        var context = new QuoteContext(text, entities, mentions, quoted, _gazetteer);
        var genders = new EntityGenders(context, entities, _names);
        var resolver = new SpeakerResolver(context, genders);
        Attribute(candidates, context, new AttributionFinder(context, resolver), new CarryOverRule(context, lines, genders), lines);

        var quotes = new List<LocalQuote>();
        foreach (var candidate in candidates)
        {
            if (candidate.Kept)
            {
                quotes.Add(new LocalQuote(candidate.SpeakerId, candidate.Words, candidate.Words.Slice(text.Text)));
            }
        }

        return quotes;
    }

    /// <summary>Passages and posts in text order; a passage inside a post or its signature is part of the post.</summary>
    private static List<QuoteCandidate> Candidates(List<QuotedPassage> passages, List<EmbeddedPost> posts)
    {
        var candidates = new List<QuoteCandidate>(passages.Count + posts.Count);
        var postIndex = 0;
        foreach (var passage in passages)
        {
            while (postIndex < posts.Count && posts[postIndex].Signature.End <= passage.OpenMark)
            {
                candidates.Add(QuoteCandidate.ForPost(posts[postIndex++]));
            }

            var insidePost = postIndex < posts.Count
                && new TextSpan(posts[postIndex].Words.Start, posts[postIndex].Signature.End).Overlaps(passage.Extent);
            if (!insidePost)
            {
                candidates.Add(new QuoteCandidate(passage, null));
            }
        }

        while (postIndex < posts.Count)
        {
            candidates.Add(QuoteCandidate.ForPost(posts[postIndex++]));
        }

        return candidates;
    }

    private static void Attribute(List<QuoteCandidate> candidates, QuoteContext context, AttributionFinder finder, CarryOverRule carryOver, TextLines lines)
    {
        var usedVerbs = new HashSet<int>();
        QuoteCandidate? previous = null;
        foreach (var candidate in candidates)
        {
            if (candidate.Post is { } post)
            {
                candidate.SpeakerId = Author(context, post);
                candidate.Kept = true;
                previous = candidate;
                continue;
            }

            var passage = candidate.Passage;
            var isShort = passage.WordCount < FewestWords;
            var attribution = finder.After(passage, previous?.SpeakerId) ?? finder.Before(passage, previous?.SpeakerId, usedVerbs);
            if (attribution is { } own && (!isShort || own.Tight))
            {
                candidate.SpeakerId = own.SpeakerId;
                candidate.AttributionVerb = own.Verb;
                candidate.Kept = true;
                usedVerbs.Add(own.Verb);
            }
            else if (previous is not null && carryOver.Continues(previous, candidate) && (!isShort || carryOver.StandsAlone(passage)))
            {
                candidate.SpeakerId = previous.SpeakerId;
                candidate.Kept = true;
            }
            else
            {
                candidate.Kept = !isShort;
            }

            if (candidate.Kept)
            {
                previous = candidate;
            }
        }

        // The first paragraphs of a quotation over several paragraphs are said by whoever says the last one.
        for (var index = candidates.Count - 2; index >= 0; index--)
        {
            var candidate = candidates[index];
            var next = candidates[index + 1];
            if (candidate.Kept && candidate.SpeakerId is null && candidate.Passage.RunsIntoNextParagraph && next.Kept && next.Post is null
                && lines.NextNonBlank(lines.LineOf(candidate.Passage.OpenMark)) == lines.LineOf(next.Passage.OpenMark))
            {
                candidate.SpeakerId = next.SpeakerId;
            }
        }
    }

    /// <summary>
    /// The author a post's signature names: the person named in it (the name or the handle, which the resolver ties
    /// together), else an organization's account; a place never posts.
    /// </summary>
    private static int? Author(QuoteContext context, EmbeddedPost post)
    {
        int? organization = null;
        for (var index = context.MentionAtOrAfter(post.Signature.Start);
             index < context.Mentions.Count && context.Mentions[index].Span.Start < post.Signature.End;
             index++)
        {
            var mention = context.Mentions[index];
            var kind = context.KindOf(mention.EntityId);
            if (kind == EntityKind.Person)
            {
                return mention.EntityId;
            }

            if (kind == EntityKind.Organization)
            {
                organization ??= mention.EntityId;
            }
        }

        return organization;
    }
}
