namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>
/// When a quote without an attribution of its own continues the quote before it ("“…,” Rubio said. “…”", or a next
/// paragraph that is only a quote): the earlier quote had a speaker, the two are in the same or in adjacent
/// paragraphs, and nothing between them brings in someone else: no other person or organization named, no other verb
/// of saying, no "he" or "she" that cannot be the same speaker. A one-line quote without final punctuation is a
/// heading, which continues nobody; a post is a block of its own, which nothing continues.
/// </summary>
internal sealed class CarryOverRule(QuoteContext context, TextLines lines, EntityGenders genders)
{
    public bool Continues(QuoteCandidate previous, QuoteCandidate current)
    {
        if (previous.SpeakerId is not { } speaker || previous.Post is not null)
        {
            return false;
        }

        var text = context.Text.Text;
        var previousLine = lines.LineOf(previous.Passage.CloseMarkEnd - 1);
        var currentLine = lines.LineOf(current.Passage.OpenMark);
        if (currentLine != previousLine && lines.NextNonBlank(previousLine) != currentLine)
        {
            return false;
        }

        if (IsHeading(text, current.Passage))
        {
            return false;
        }

        // Someone else named between the two, or later in the quote's own sentence ("…,” as Ruiz put it), may be its speaker.
        var from = previous.Passage.CloseMarkEnd;
        var closer = Math.Max(0, context.TokenAtOrAfter(current.Passage.CloseMarkEnd) - 1);
        var to = Math.Max(current.Passage.OpenMark, context.Text.Sentences[context.SentenceOf(closer)].Span.End);
        for (var index = context.MentionAtOrAfter(from); index < context.Mentions.Count && context.Mentions[index].Span.Start < to; index++)
        {
            var mention = context.Mentions[index];
            var kind = context.KindOf(mention.EntityId);
            if (mention.EntityId != speaker && kind is Core.EntityKind.Person or Core.EntityKind.Organization && !context.IsQuoted(mention.Span.Start))
            {
                return false;
            }
        }

        to = current.Passage.OpenMark;

        for (var token = context.TokenAtOrAfter(from); token < context.TokenCount && context.Text.Tokens[token].Start < to; token++)
        {
            if (context.IsQuotedToken(token) || token == previous.AttributionVerb)
            {
                continue;
            }

            if (context.IsSpeechVerb(token) || context.IsAccordingTo(token))
            {
                return false;
            }

            if (AttributionWords.PronounGender(context.Word(token)) is { } gender
                && (gender == PersonGender.Unknown || (genders.Of(speaker) is var known && known != PersonGender.Unknown && known != gender)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A quote that makes up its whole sentence (“Never.”): the only kind of short quote a carried-over speaker turns
    /// from a scare quote into a quotation.
    /// </summary>
    public bool StandsAlone(QuotedPassage passage)
    {
        var text = context.Text.Text;
        var line = lines.LineOf(passage.OpenMark);
        var sentenceStart = context.Text.Sentences[context.SentenceOf(context.TokenAtOrAfter(passage.OpenMark))].Span.Start;
        for (var i = Math.Max(sentenceStart, lines.Start(line)); i < passage.OpenMark; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return false;
            }
        }

        for (var i = passage.CloseMarkEnd; i < lines.End(line); i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return false;
            }

            if (text[i] is '.' or '!' or '?')
            {
                break;
            }
        }

        return true;
    }

    private static bool IsHeading(string text, QuotedPassage passage)
    {
        var lastChar = text[passage.Words.End - 1];
        return lastChar is not ('.' or '!' or '?' or '…' or ',') && OnlyPunctuationAround(text, passage);
    }

    private static bool OnlyPunctuationAround(string text, QuotedPassage passage)
    {
        for (var i = passage.OpenMark - 1; i >= 0 && text[i] != '\n'; i--)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return false;
            }
        }

        for (var i = passage.CloseMarkEnd; i < text.Length && text[i] != '\n'; i++)
        {
            if (char.IsLetterOrDigit(text[i]) || text[i] is '.' or '!' or '?')
            {
                return false;
            }
        }

        return true;
    }
}
