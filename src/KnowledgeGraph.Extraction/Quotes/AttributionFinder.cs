using System.Buffers;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>
/// Finds the attribution a quote carries itself, looking only outside quotation marks and never past its paragraph,
/// except for a paragraph that ends "… said:" right above the quote.
/// <list type="bullet">
/// <item>After: "“…,” Ruiz said", "“…,” said Ruiz", "“…,” the president said", "“…,” she told reporters",
/// "“…,” according to Ruiz", "“…,” as stated by Ruiz". Not after a quote that ends with a full stop, where the next words start a new sentence.</item>
/// <item>Before, in the quote's sentence: the verb of saying nearest the quote ("Ruiz said: “…”", "Ruiz said that
/// “…”", "According to Ruiz, “…”", "Ruiz said the plan, which “…”"), or any verb right before "that “…”"
/// when its subject is a person ("Ruiz underscored that “…”"). A participle takes the subject of its clause ("Ruiz
/// defended the strike, stating, “…”"). A verb that already attributed an earlier quote serves this one only when it
/// touches it, as in a split quote ("“…,” Ruiz said, “…”").</item>
/// </list>
/// </summary>
internal sealed class AttributionFinder(QuoteContext context, SpeakerResolver resolver)
{
    private static readonly SearchValues<char> WordCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-");

    private static readonly SearchValues<char> Letters = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>How far after a closing mark the verb of an attribution may stand.</summary>
    private const int AfterWindow = 12;

    /// <summary>The longest subject read forward from a verb ("said Chile’s foreign affairs minister Alberto van Klaveren").</summary>
    private const int LongestSubject = 12;

    /// <summary>The longest apposition skipped when reading a subject backward ("Ruiz, the union's leader since 2019, said").</summary>
    private const int LongestApposition = 20;

    /// <summary>The most words between a verb and its quote that still count as close ("told reporters on Tuesday:").</summary>
    private const int CloseGap = 6;

    /// <summary>
    /// How far before a quote its verb may stand, and how long a subject read backward may be: bounds that keep a
    /// run-on sentence full of quotes from being read again for every one of them.
    /// </summary>
    private const int LongestLookBack = 60;

    /// <summary>The longest subject of plain words that names nobody ("the two senior port officials").</summary>
    private const int MostCommonNounWords = 5;

    public Attribution? After(QuotedPassage passage, int? previousSpeaker)
    {
        var text = context.Text.Text;
        var lastChar = text[passage.Words.End - 1];
        var endsSentence = lastChar == '.' && !(passage.Words.Length > 1 && text[passage.Words.End - 2] == '.');
        if (passage.RunsIntoNextParagraph || endsSentence)
        {
            return null;
        }

        var first = context.TokenAtOrAfter(passage.CloseMarkEnd);
        while (first < context.TokenCount && !context.StartsLine(first) && context.Word(first) is "," or "—" or "–")
        {
            first++;
        }

        for (var token = first; token < context.TokenCount && token - first < AfterWindow; token++)
        {
            if (context.StartsLine(token) || context.IsClauseEnd(token) || context.IsQuotedToken(token) || context.Word(token) is "(" or ":")
            {
                return null;
            }

            var according = context.IsAccordingTo(token);
            if (!according && !context.IsSpeechVerb(token))
            {
                continue;
            }

            var choice = token == first || according
                ? ResolveForward(token + (according ? 2 : 1), previousSpeaker)
                : resolver.Resolve(first, token, previousSpeaker);
            if (!choice.IsSubject && token + 1 < context.TokenCount && context.Is(token + 1, "by"))
            {
                choice = ResolveForward(token + 2, previousSpeaker); // "“…,” as stated by Ruiz"
            }

            if (!choice.IsSubject && token > first && IsCommonNounSubject(first, token))
            {
                choice = SpeakerChoice.Unnamed; // "“…,” local officials said": someone, but nobody named
            }

            return choice.IsSubject ? new Attribution(choice.SpeakerId, token, Tight: true) : null;
        }

        return null;
    }

    public Attribution? Before(QuotedPassage passage, int? previousSpeaker, IReadOnlySet<int> verbsOfOtherQuotes)
    {
        var opener = context.TokenAtOrAfter(passage.OpenMark);
        if (opener >= context.TokenCount)
        {
            return null;
        }

        if (context.StartsLine(opener))
        {
            return AboveColon(passage, opener, previousSpeaker, verbsOfOtherQuotes);
        }

        var floor = context.Text.Sentences[context.SentenceOf(opener)].FirstToken;
        return ThatClause(opener, floor, previousSpeaker)
            ?? NearestVerb(passage, opener, floor, previousSpeaker, verbsOfOtherQuotes, acrossParagraph: false);
    }

    /// <summary>"Ruiz said:" closing the paragraph right above a quote that opens its own paragraph.</summary>
    private Attribution? AboveColon(QuotedPassage passage, int opener, int? previousSpeaker, IReadOnlySet<int> verbsOfOtherQuotes)
    {
        var colon = opener - 1;
        if (colon < 0 || context.Word(colon) is not ":" || context.IsQuotedToken(colon))
        {
            return null;
        }

        var floor = context.Text.Sentences[context.SentenceOf(colon)].FirstToken;
        return NearestVerb(passage, opener, floor, previousSpeaker, verbsOfOtherQuotes, acrossParagraph: true);
    }

    /// <summary>
    /// "X underscored that “…”": a verb in the past or present tense right before "that" and the quote, whatever the
    /// verb, attributes the quote when its subject is a person.
    /// </summary>
    private Attribution? ThatClause(int opener, int floor, int? previousSpeaker)
    {
        var verb = opener - 2;
        if (verb - 1 < floor || !AttributionWords.IsThat(context.Word(opener - 1)) || !IsFiniteVerbShape(verb))
        {
            return null;
        }

        var choice = resolver.Resolve(BackwardSubjectStart(verb - 1, floor), verb, previousSpeaker);
        return choice.SpeakerId is { } speaker && context.KindOf(speaker) == EntityKind.Person
            ? new Attribution(speaker, verb, Tight: true)
            : null;
    }

    private Attribution? NearestVerb(QuotedPassage passage, int opener, int floor, int? previousSpeaker, IReadOnlySet<int> verbsOfOtherQuotes, bool acrossParagraph)
    {
        var verb = -1;
        for (var token = opener - 1; token >= floor && opener - token <= LongestLookBack; token--)
        {
            if (context.IsQuotedToken(token))
            {
                if (acrossParagraph)
                {
                    return null; // the verb above belongs to the quote in between
                }

                continue;
            }

            if (context.IsSpeechVerb(token) || context.IsAccordingTo(token))
            {
                verb = token;
                break;
            }

            if (context.StartsLine(token) && !acrossParagraph)
            {
                break;
            }
        }

        if (verb < 0)
        {
            return null;
        }

        var (tight, close) = Gap(verb, opener);
        if ((verbsOfOtherQuotes.Contains(verb) || acrossParagraph) && !tight && !(acrossParagraph && close))
        {
            return null;
        }

        if (passage.WordCount < QuoteExtractor.FewestWords && !tight && !close)
        {
            return null;
        }

        var choice = Subject(verb, opener, floor, previousSpeaker);
        return choice.IsSubject ? new Attribution(choice.SpeakerId, verb, tight || close) : null;
    }

    private SpeakerChoice Subject(int verb, int opener, int floor, int? previousSpeaker)
    {
        if (context.IsAccordingTo(verb))
        {
            return resolver.Resolve(verb + 2, ForwardSubjectEnd(verb + 2, opener, allowCommas: false), previousSpeaker);
        }

        if (SpeechVerbForms.IsParticiple(context.Word(verb)) && !(verb - 1 >= floor && context.MentionAt(verb - 1) is not null))
        {
            // "Ruiz defended the strike, stating …": the clause's subject opens the sentence.
            var sentence = context.SentenceOf(verb);
            var start = Math.Max(floor, context.Text.FirstWordOfSentence(sentence));
            return resolver.Resolve(start, ForwardSubjectEnd(start, verb, allowCommas: true), previousSpeaker);
        }

        var subjectStart = BackwardSubjectStart(verb - 1, floor);
        var choice = resolver.Resolve(subjectStart, verb, previousSpeaker);
        return choice.IsSubject || !IsCommonNounSubject(Math.Max(floor, verb - MostCommonNounWords), verb)
            ? choice
            : SpeakerChoice.Unnamed; // "Harbour pilots said:": someone, but nobody named
    }

    /// <summary>
    /// A few plain words right before the verb ("local officials", "the two men"): a subject that names nobody, which
    /// still makes the verb the quote's attribution, so the previous speaker does not carry over to it.
    /// </summary>
    private bool IsCommonNounSubject(int first, int verb)
    {
        var start = verb - 1;
        while (start > first && verb - start < MostCommonNounWords && IsPlainWord(start - 1))
        {
            start--;
        }

        return verb - 1 >= first && IsPlainWord(verb - 1) && !AttributionWords.MarksNonSubject(context.Word(verb - 1))
            && (start == first || !IsPlainWord(start - 1));
    }

    private bool IsPlainWord(int token) =>
        !context.IsQuotedToken(token) && context.IsWord(token) && !context.Word(token).ContainsAnyExcept(WordCharacters);

    /// <summary>
    /// The words between a verb and its quote: none but a comma, colon, "that" or dash is tight; a few ending in one
    /// of those ("told reporters on Tuesday:") is close.
    /// </summary>
    private (bool Tight, bool Close) Gap(int verb, int opener)
    {
        var tight = true;
        var count = 0;
        var start = context.IsAccordingTo(verb) ? ForwardSubjectEnd(verb + 2, opener, allowCommas: false) : verb + 1;
        for (var token = start; token < opener; token++)
        {
            if (context.IsQuotedToken(token))
            {
                return (false, false);
            }

            count++;
            tight &= IsLinkingToken(token);
        }

        var close = count <= CloseGap && (count == 0 || IsLinkingToken(opener - 1));
        return (tight, close);
    }

    private bool IsLinkingToken(int token) =>
        context.Word(token) is "," or ":" or "—" or "–" or "-" || AttributionWords.IsThat(context.Word(token));

    /// <summary>
    /// Reads a subject backward from <paramref name="last"/>: words a subject is made of, and appositions between
    /// commas, up to the first word that belongs to something else.
    /// </summary>
    private int BackwardSubjectStart(int last, int floor)
    {
        var token = last;
        while (token >= floor && last - token < LongestLookBack && !context.IsQuotedToken(token))
        {
            if (context.IsComma(token))
            {
                var opening = OpeningComma(token, floor);
                if (opening < 0)
                {
                    break;
                }

                token = opening - 1;
                continue;
            }

            if (!resolver.IsSubjectWord(token))
            {
                break;
            }

            if (context.StartsLine(token))
            {
                return token;
            }

            token--;
        }

        return token + 1;
    }

    /// <summary>The comma that opens the apposition a comma at <paramref name="closing"/> closes, or -1.</summary>
    private int OpeningComma(int closing, int floor)
    {
        for (var token = closing - 1; token >= floor && closing - token <= LongestApposition; token--)
        {
            if (context.IsQuotedToken(token) || context.IsClauseEnd(token))
            {
                return -1;
            }

            if (context.IsComma(token))
            {
                return token;
            }

            if (context.StartsLine(token))
            {
                return -1;
            }
        }

        return -1;
    }

    private SpeakerChoice ResolveForward(int first, int? previousSpeaker) =>
        resolver.Resolve(first, ForwardSubjectEnd(first, context.TokenCount, allowCommas: false), previousSpeaker);

    /// <summary>The end of a subject read forward from <paramref name="first"/>, stopping before <paramref name="limit"/>.</summary>
    private int ForwardSubjectEnd(int first, int limit, bool allowCommas)
    {
        var token = first;
        while (token < limit && token - first < LongestSubject && !context.IsQuotedToken(token) && !context.IsClauseEnd(token)
            && (token == first || !context.StartsLine(token)) && (allowCommas || !context.IsComma(token)) && resolver.IsSubjectWord(token))
        {
            token++;
        }

        return token;
    }

    /// <summary>A lower-case word in "-ed" or "-s": the shape of a verb before "that", as in "insisted that", "believes that".</summary>
    private bool IsFiniteVerbShape(int token)
    {
        var word = context.Word(token);
        return word.Length > 3 && char.IsLower(word[0]) && !word.ContainsAnyExcept(Letters)
            && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith('s'));
    }
}
