using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Facts;

namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>
/// Turns the subject of a verb of saying into an entity. In order of trust: a person named in the subject; a person
/// named in an apposition ("the minister, Ana Ruiz,"); "he" or "she", agreed in gender with the people of the last few
/// sentences; an organization that is itself the subject ("the State Department said", never "an aide to the State
/// Department said" or "the ministry's spokesman said"); a nominal such as "the president", tied to the nearest person
/// printed with that title ("President Claudia Sheinbaum"), else to the most recent person when nothing contradicts it.
/// A place never speaks: even a capital standing for its government stays unattributed unless the resolver already
/// made it an organization.
/// </summary>
internal sealed class SpeakerResolver(QuoteContext context, EntityGenders genders)
{
    /// <summary>How many sentences back "he", "she" and a bare nominal look for their person.</summary>
    private const int FocusSentences = 3;

    /// <summary>How many earlier person mentions a nominal inspects for a matching title.</summary>
    private const int TitleSearchMentions = 200;

    /// <summary>How many characters back the focus reaches at most, however long the sentences are.</summary>
    private const int FocusCharacters = 2000;

    /// <summary>
    /// Resolves the subject in tokens <c>[first, end)</c>. Commas pair up into appositions, whose names count only
    /// after the subject's own; <paramref name="previousSpeaker"/> breaks a tie between two people a pronoun fits.
    /// </summary>
    public SpeakerChoice Resolve(int first, int end, int? previousSpeaker)
    {
        if (first >= end)
        {
            return SpeakerChoice.NotASubject;
        }

        Span<bool> apposition = end - first <= 256 ? stackalloc bool[end - first] : new bool[end - first];
        MarkAppositions(first, end, apposition);

        var hasWord = false;
        for (var token = first; token < end; token++)
        {
            if (!apposition[token - first] && !IsSubjectWord(token))
            {
                return SpeakerChoice.NotASubject;
            }

            hasWord |= context.IsWord(token);
        }

        if (!hasWord)
        {
            return SpeakerChoice.NotASubject;
        }

        if (FirstSubjectMention(first, end, apposition, inApposition: false, EntityKind.Person) is { } person)
        {
            return new SpeakerChoice(true, person);
        }

        if (FirstSubjectMention(first, end, apposition, inApposition: true, EntityKind.Person) is { } named)
        {
            return new SpeakerChoice(true, named);
        }

        for (var token = first; token < end; token++)
        {
            if (!apposition[token - first] && AttributionWords.PronounGender(context.Word(token)) is { } gender)
            {
                return new SpeakerChoice(true, ResolvePronoun(token, gender, previousSpeaker));
            }
        }

        if (OrganizationHead(first, end, apposition) is { } organization)
        {
            return new SpeakerChoice(true, organization);
        }

        return new SpeakerChoice(true, ResolveNominal(first, end, apposition));
    }

    /// <summary>
    /// "he" or "she": the one person of the last few sentences whose gender agrees; when two agree, the one who spoke
    /// last, else nobody; when none agrees, the one person whose gender is unknown. "they" is too often a group to
    /// name anyone.
    /// </summary>
    public int? ResolvePronoun(int pronounToken, PersonGender gender, int? previousSpeaker)
    {
        if (gender == PersonGender.Unknown)
        {
            return null;
        }

        var to = context.Text.Tokens[pronounToken].Start;
        var from = FocusStart(pronounToken);
        var agreeing = new List<int>(2);
        var unknown = new List<int>(2);
        for (var index = context.MentionAtOrAfter(from); index < context.Mentions.Count && context.Mentions[index].Span.Start < to; index++)
        {
            var mention = context.Mentions[index];
            if (!context.IsPerson(mention) || context.IsQuoted(mention.Span.Start))
            {
                continue;
            }

            var found = genders.Of(mention.EntityId);
            var list = found == gender ? agreeing : found == PersonGender.Unknown ? unknown : null;
            if (list is not null && !list.Contains(mention.EntityId))
            {
                list.Add(mention.EntityId);
            }
        }

        if (agreeing.Count == 1)
        {
            return agreeing[0];
        }

        if (agreeing.Count > 1)
        {
            return previousSpeaker is { } speaker && agreeing.Contains(speaker) ? speaker : null;
        }

        if (unknown.Count == 1)
        {
            return unknown[0];
        }

        // Nobody named nearby: the pronoun goes on with the person who spoke last, if the gender allows.
        return unknown.Count == 0 && previousSpeaker is { } last && context.KindOf(last) == EntityKind.Person && genders.Of(last) != Opposite(gender)
            ? last
            : null;
    }

    /// <summary>Words a subject may be made of outside an apposition; anything else means the verb has another subject.</summary>
    public bool IsSubjectWord(int token)
    {
        var word = context.Word(token);
        return context.MentionAt(token) is not null
            || word is "," or "’s" or "'s" or "’" or "'" or "-" or "—" or "–"
            || (word.Length > 0 && char.IsUpper(word[0]))
            || AttributionWords.IsDeterminer(word)
            || AttributionWords.IsAdverb(word)
            || AttributionWords.IsOfficeHolder(word)
            || AttributionWords.PronounGender(word) is not null
            || IsTitlePart(token);
    }

    /// <summary>
    /// A word of a title ("secretary of state"). "of" and "the" occur in titles too, but only count between two title
    /// words, so that "the context of Rubio" is not read as a title.
    /// </summary>
    private bool IsTitlePart(int token)
    {
        if (!context.Titles.IsTitleWord(context.Text.TokenText(token)))
        {
            return false;
        }

        var word = context.Word(token);
        if (!AttributionWords.MarksNonSubject(word) && !AttributionWords.IsDeterminer(word))
        {
            return true;
        }

        return token > 0 && token + 1 < context.TokenCount
            && context.Titles.IsTitleWord(context.Text.TokenText(token - 1)) && context.Titles.IsTitleWord(context.Text.TokenText(token + 1));
    }

    /// <summary>Marks the tokens between paired commas, and after a last unpaired one, as apposition.</summary>
    private void MarkAppositions(int first, int end, Span<bool> apposition)
    {
        var open = -1;
        for (var token = first; token < end; token++)
        {
            if (context.IsComma(token))
            {
                open = open < 0 ? token : -1;
            }

            apposition[token - first] = open >= 0;
        }
    }

    /// <summary>
    /// The first mention of <paramref name="kind"/> in (or outside) the appositions that can be a subject: not a
    /// possessor ("Rubio’s aide"), not after a preposition or "and" ("an aide to Rubio").
    /// </summary>
    private int? FirstSubjectMention(int first, int end, Span<bool> apposition, bool inApposition, EntityKind kind)
    {
        for (var token = first; token < end; token++)
        {
            if (apposition[token - first] != inApposition || context.MentionAt(token) is not { } mention)
            {
                continue;
            }

            var (mentionFirst, mentionEnd) = context.TokensOf(mention);
            if (context.KindOf(mention.EntityId) == kind && IsSubjectPosition(mentionFirst, mentionEnd, first))
            {
                return mention.EntityId;
            }

            token = Math.Max(token, mentionEnd - 1);
        }

        return null;
    }

    private bool IsSubjectPosition(int mentionFirst, int mentionEnd, int phraseFirst)
    {
        if (mentionEnd < context.TokenCount && AttributionWords.IsPossessiveMarker(context.Word(mentionEnd)))
        {
            return false;
        }

        var before = mentionFirst - 1;
        if (before >= phraseFirst && AttributionWords.IsDeterminer(context.Word(before)))
        {
            before--;
        }

        return before < phraseFirst || !AttributionWords.MarksNonSubject(context.Word(before));
    }

    /// <summary>
    /// An organization that heads the subject: its mention is the last thing before the verb (an adverb aside), it is
    /// not a possessor and not after a preposition. "the State Department said" names it; "the State Department’s
    /// spokesman said" and "a source close to the State Department said" do not.
    /// </summary>
    private int? OrganizationHead(int first, int end, Span<bool> apposition)
    {
        var last = end - 1;
        while (last >= first && (apposition[last - first] || AttributionWords.IsAdverb(context.Word(last)) || context.IsComma(last)))
        {
            last--;
        }

        if (last < first || context.MentionAt(last) is not { } mention || context.KindOf(mention.EntityId) != EntityKind.Organization)
        {
            return null;
        }

        var (mentionFirst, mentionEnd) = context.TokensOf(mention);
        return mentionEnd - 1 == last && IsSubjectPosition(mentionFirst, mentionEnd, first) ? mention.EntityId : null;
    }

    /// <summary>
    /// "the president", "Mexico’s foreign minister", "the U.S. official": the nearest earlier person printed with the
    /// head word as a title ("President Claudia Sheinbaum"; any title for "official"); failing that, the most recent
    /// person of the last few sentences, unless that person's printed title names another office or the subject is
    /// someone's staff ("the president’s spokesman"). An indefinite subject ("a senior official") is nobody named.
    /// </summary>
    private int? ResolveNominal(int first, int end, Span<bool> apposition)
    {
        var head = -1;
        var definite = false;
        var possessive = false;
        for (var token = first; token < end; token++)
        {
            if (apposition[token - first])
            {
                continue;
            }

            var word = context.Word(token);
            if (AttributionWords.IsIndefiniteArticle(word))
            {
                return null;
            }

            if (AttributionWords.IsPossessiveMarker(word))
            {
                possessive = true;
                definite = true;
            }

            definite |= word.Equals("the", StringComparison.OrdinalIgnoreCase);
            if (context.MentionAt(token) is null && (context.Titles.IsTitle(context.Text.TokenText(token)) || AttributionWords.IsOfficeHolder(word)))
            {
                head = token;
            }
        }

        if (head < 0 || !definite)
        {
            return null;
        }

        var headWord = context.Text.TokenText(head);
        var anyTitle = AttributionWords.IsOfficeHolder(headWord);
        var position = context.Text.Tokens[first].Start;
        var inspected = 0;
        for (var index = context.MentionAtOrAfter(position) - 1; index >= 0 && inspected < TitleSearchMentions; index--)
        {
            var mention = context.Mentions[index];
            if (!context.IsPerson(mention) || context.IsQuoted(mention.Span.Start))
            {
                continue;
            }

            inspected++;
            if (PrintedTitleMatches(mention, headWord, anyTitle) == true)
            {
                return mention.EntityId;
            }
        }

        return possessive ? null : MostRecentPerson(first, headWord, anyTitle);
    }

    private int? MostRecentPerson(int phraseFirst, string headWord, bool anyTitle)
    {
        var from = FocusStart(phraseFirst);
        for (var index = context.MentionAtOrAfter(context.Text.Tokens[phraseFirst].Start) - 1; index >= 0; index--)
        {
            var mention = context.Mentions[index];
            if (mention.Span.Start < from)
            {
                return null;
            }

            if (context.IsPerson(mention) && !context.IsQuoted(mention.Span.Start))
            {
                return PrintedTitleMatches(mention, headWord, anyTitle) == false ? null : mention.EntityId;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the title printed right before a mention ("Foreign Affairs secretary Ramón de la Fuente") or in an
    /// apposition right after it ("Ana Ruiz, the minister,") holds <paramref name="headWord"/>; null when none is printed.
    /// </summary>
    private bool? PrintedTitleMatches(Mention mention, string headWord, bool anyTitle)
    {
        var (first, end) = context.TokensOf(mention);
        bool? matched = null;
        for (var token = first - 1; token >= 0 && first - token <= 6 && IsTitleToken(token); token--)
        {
            matched = anyTitle || context.Is(token, headWord) || matched == true;
        }

        if (end + 2 < context.TokenCount && context.IsComma(end) && AttributionWords.IsDeterminer(context.Word(end + 1)))
        {
            for (var token = end + 2; token < context.TokenCount && token - end <= 6 && IsTitleToken(token); token++)
            {
                matched = anyTitle || context.Is(token, headWord) || matched == true;
            }
        }

        return matched;
    }

    private bool IsTitleToken(int token) =>
        context.IsWord(token) && context.MentionAt(token) is null && context.Titles.IsTitleWord(context.Text.TokenText(token));

    /// <summary>Where the people in focus at <paramref name="token"/> may be named: a few sentences back, within bounds.</summary>
    private int FocusStart(int token)
    {
        var sentence = context.SentenceOf(token);
        var sentencesBack = context.Text.Sentences[Math.Max(0, sentence - FocusSentences)].Span.Start;
        return Math.Max(sentencesBack, context.Text.Tokens[token].Start - FocusCharacters);
    }

    private static PersonGender Opposite(PersonGender gender) =>
        gender == PersonGender.Female ? PersonGender.Male : gender == PersonGender.Male ? PersonGender.Female : PersonGender.Unknown;
}
