using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Sentences;

namespace KnowledgeGraph.Extraction.Tagging;

/// <summary>
/// The baseline name finder: runs of capitalised words (with name particles and institution function words
/// inside), gazetteer look-ups, title stripping ("U.S. Secretary of State Marco Rubio" gives the place "U.S."
/// and the person "Marco Rubio") and kind by head word. Two document-level rules keep junk out:
/// a capitalised word at the start of a sentence counts only if the document also capitalises it mid-sentence,
/// and a headline written in title case yields only names that the prose or the gazetteer confirms.
/// </summary>
public sealed class CapitalizedSpanTagger : IEntityTagger
{
    private const int LongestGazetteerName = 6;

    private readonly Gazetteer _gazetteer;
    private readonly NameClassifier _classifier;

    public CapitalizedSpanTagger(Gazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        _classifier = new NameClassifier(gazetteer);
    }

    public IReadOnlyList<EntitySpan> Tag(AnalyzedText text)
    {
        var spans = new List<EntitySpan>();
        var midSentenceWords = MidSentenceCapitalizedWords(text);
        var headlines = new List<Sentence>();
        for (var s = 0; s < text.Sentences.Count; s++)
        {
            if (TitleCaseHeadline.Is(text, text.Sentences[s]))
            {
                headlines.Add(text.Sentences[s]);
            }
            else
            {
                TagProse(text, s, midSentenceWords, spans);
            }
        }

        var confirmedNames = ConfirmedNames(text, spans);
        foreach (var headline in headlines)
        {
            TagHeadline(text, headline, confirmedNames, spans);
        }

        spans.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        return spans;
    }

    private void TagProse(AnalyzedText text, int sentenceIndex, HashSet<string> midSentenceWords, List<EntitySpan> spans)
    {
        var sentence = text.Sentences[sentenceIndex];
        var opener = text.FirstWordOfSentence(sentenceIndex);
        var i = sentence.FirstToken;
        while (i < sentence.EndToken)
        {
            var word = text.TokenText(i);
            if (!WordShape.IsCapitalized(word) || !WordShape.IsWordLike(word) || WordShape.IsHandle(word))
            {
                i++;
                continue;
            }

            var runEnd = ReadRun(text, i, sentence.EndToken);
            var start = IncludeLeadingParticles(text, i, sentence.FirstToken);
            while (start < runEnd && _gazetteer.IsCommonWord(text.TokenText(start).TrimEnd('.')) && _gazetteer.Find(text.LookupForm(start, runEnd)) is null)
            {
                start++;
            }

            var atOpening = start == opener || IsOpeningPosition(text, start, sentence);
            if (atOpening && runEnd - start > 1 && !midSentenceWords.Contains(text.TokenText(start)) && !IsNamePiece(text.TokenText(start))
                && _gazetteer.Find(text.LookupForm(start, runEnd)) is null)
            {
                start++; // "Posted March 4": a word capitalised only because it opens the sentence
            }

            var isLoneOpener = atOpening && runEnd - start == 1 && !midSentenceWords.Contains(text.TokenText(start)) && !IsNamePiece(text.TokenText(start));
            if (start < runEnd && !isLoneOpener)
            {
                if (IsAffiliationOfLowerCaseTitle(text, runEnd, sentence.EndToken))
                {
                    AddGazetteerNames(text, start, runEnd, spans);
                }
                else
                {
                    SplitRun(text, start, runEnd, sentence, spans);
                }
            }

            i = runEnd;
        }
    }

    /// <summary>
    /// Moves a run's start back over lower-case name particles printed before it ("said de la Fuente"), as long as a
    /// capitalised word does not precede them (then the particles were already inside the run).
    /// </summary>
    private static int IncludeLeadingParticles(AnalyzedText text, int start, int sentenceStart)
    {
        var first = start;
        while (first > sentenceStart && NameConnectors.IsParticle(text.TokenText(first - 1)) && char.IsLower(text.TokenText(first - 1)[0]))
        {
            first--;
        }

        return first > sentenceStart && WordShape.IsCapitalized(text.TokenText(first - 1)) ? start : first;
    }

    /// <summary>
    /// True when a lower-case title follows the run and no name follows the title ("the first Latino U.S. secretary
    /// of state"): the run only qualifies the office, so only known places or bodies inside it are names.
    /// </summary>
    private bool IsAffiliationOfLowerCaseTitle(AnalyzedText text, int runEnd, int limit)
    {
        if (runEnd >= limit)
        {
            return false;
        }

        var next = text.TokenText(runEnd);
        return char.IsLower(next[0]) && _gazetteer.Titles.IsTitle(next)
            && (runEnd + 1 >= limit || !WordShape.IsCapitalized(text.TokenText(runEnd + 1)));
    }

    /// <summary>Adds the gazetteer names inside tokens [start, end), longest first, and nothing else.</summary>
    private void AddGazetteerNames(AnalyzedText text, int start, int end, List<EntitySpan> spans)
    {
        var i = start;
        while (i < end)
        {
            var matched = 0;
            for (var length = Math.Min(LongestGazetteerName, end - i); length > 0 && matched == 0; length--)
            {
                if (_gazetteer.Find(text.LookupForm(i, i + length)) is { } entry)
                {
                    spans.Add(new EntitySpan(i, i + length, entry.Kind));
                    matched = length;
                }
            }

            i += Math.Max(matched, 1);
        }
    }

    /// <summary>
    /// The end of the capitalised run starting at <paramref name="start"/>: capitalised words, joined by particles or
    /// institution function words when a capitalised word follows, by lower-case title words ("Foreign Affairs
    /// secretary Ramón ..."), and closed by a lower-case event head ("State of the Nation address").
    /// </summary>
    private int ReadRun(AnalyzedText text, int start, int limit)
    {
        var end = start + 1;
        while (end < limit)
        {
            var word = text.TokenText(end);
            if (WordShape.IsCapitalized(word) && WordShape.IsWordLike(word) && !WordShape.IsHandle(word))
            {
                end++;
                continue;
            }

            var joined = end;
            while (joined < limit && NameConnectors.CanJoin(text.TokenText(joined)))
            {
                joined++;
            }

            if (joined > end && joined < limit && WordShape.IsCapitalized(text.TokenText(joined)) && WordShape.IsWordLike(text.TokenText(joined)))
            {
                end = joined;
                continue;
            }

            if (_gazetteer.Titles.IsTitle(word) && end + 1 < limit && WordShape.IsCapitalized(text.TokenText(end + 1)))
            {
                end++;
                continue;
            }

            if (_gazetteer.IsEventWord(word) && char.IsLower(word[0]) && end - start >= 2)
            {
                end++;
            }

            break;
        }

        return end;
    }

    /// <summary>
    /// Splits a run into names: a leading affiliation and title ("U.S. Secretary of State") is peeled off, the
    /// affiliation kept when it is a known place, and what follows a title is a person's name.
    /// </summary>
    private void SplitRun(AnalyzedText text, int start, int end, Sentence sentence, List<EntitySpan> spans)
    {
        var words = Enumerable.Range(start, end - start).Select(text.TokenText).ToList();
        var position = 0;
        var sawTitle = false;
        while (position < words.Count)
        {
            var title = _gazetteer.Titles.MatchLength(words, position);
            if (title > 0)
            {
                sawTitle = true;
                position += title;
                continue;
            }

            var affiliation = AffiliationLength(words, position);
            if (affiliation > 0 && _gazetteer.Titles.MatchLength(words, position + affiliation) > 0)
            {
                if (_gazetteer.Find(string.Join(' ', words.GetRange(position, affiliation))) is { } place)
                {
                    spans.Add(new EntitySpan(start + position, start + position + affiliation, place.Kind));
                }

                position += affiliation;
                continue;
            }

            break;
        }

        if (!sawTitle && InnerTitle(words, position) is var inner and > 0)
        {
            // "Union chair Marleen de Groot", "Industry Minister Hanne Bråten": what stands before the title is an
            // affiliation, kept only when it is plainly a body or a known place.
            var affiliationEnd = inner;
            while (affiliationEnd > position && NameConnectors.IsFunctionWord(words[affiliationEnd - 1]))
            {
                affiliationEnd--; // "the Government of President Ana Ruiz": the affiliation is "Government"
            }

            var affiliation = words.GetRange(position, affiliationEnd - position);
            if (_gazetteer.Find(string.Join(' ', affiliation)) is { } known)
            {
                spans.Add(new EntitySpan(start + position, start + affiliationEnd, known.Kind));
            }
            else if (affiliation.Count > 0 && _classifier.Classify(affiliation) == EntityKind.Organization)
            {
                spans.Add(new EntitySpan(start + position, start + affiliationEnd, EntityKind.Organization));
            }

            position = inner + 1;
            sawTitle = true;
        }

        while (position < words.Count && NameConnectors.IsFunctionWord(words[position]))
        {
            position++;
        }

        // A title closing the run names nobody: "the Government of President (Claudia) Sheinbaum".
        var count = words.Count;
        while (count > position && (_gazetteer.Titles.IsTitle(words[count - 1]) || NameConnectors.IsFunctionWord(words[count - 1])))
        {
            count--;
        }

        if (position >= count)
        {
            return;
        }

        end = start + count;
        var name = words.GetRange(position, count - position);
        var of = name.IndexOf("of");
        if (of > 0 && _gazetteer.IsFirstName(name[0]))
        {
            // "Valentina Quispe of the Salar Vivo coalition": a person, then what she belongs to.
            var body = of + 1 < name.Count && name[of + 1] == "the" ? of + 2 : of + 1;
            if (body < name.Count && _classifier.Classify(name.GetRange(body, name.Count - body)) is { } bodyKind)
            {
                spans.Add(new EntitySpan(start + position + body, end, bodyKind));
            }

            end = start + position + of;
            name = name.GetRange(0, of);
        }

        var personCue = sawTitle || HasSpeechCue(text, start + position, end, sentence);
        var kind = _classifier.Classify(name, personCue);
        if (sawTitle && kind is EntityKind.Other or null && name.All(w => !WordShape.IsAllCapitals(w)))
        {
            kind = name.Count == 1 && _gazetteer.IsCommonWord(name[0]) ? null : EntityKind.Person;
        }

        if (kind is { } found)
        {
            spans.Add(new EntitySpan(start + position, end, found));
        }
    }

    /// <summary>
    /// The position of a one-word title inside the run that has a name after it ("Union chair Marleen"), or 0.
    /// The last such title wins, so "Deputy Transport Minister" leaves only the name.
    /// </summary>
    private int InnerTitle(List<string> words, int from)
    {
        for (var i = words.Count - 2; i > from; i--)
        {
            if (_gazetteer.Titles.IsTitle(words[i]) && WordShape.IsCapitalized(words[i + 1]))
            {
                return i;
            }
        }

        return 0;
    }

    /// <summary>
    /// A word that is part of a name wherever it stands, so it keeps its place at the start of a sentence:
    /// a known name ("U.S."), a given name, a name particle ("De la Cruz"), a title or a demonym ("Mexican President").
    /// </summary>
    private bool IsNamePiece(string word) =>
        _gazetteer.Find(word) is not null || _gazetteer.IsFirstName(word) || NameConnectors.IsParticle(word)
        || _gazetteer.Titles.IsTitleWord(word) || _gazetteer.CountryOfDemonym(word) is not null;

    /// <summary>A verb of saying right after the name ("Ruiz said") or right before it ("said Ruiz").</summary>
    private bool HasSpeechCue(AnalyzedText text, int first, int end, Sentence sentence) =>
        (end < sentence.EndToken && _gazetteer.IsSpeechVerb(text.TokenText(end)))
        || (first > sentence.FirstToken && _gazetteer.IsSpeechVerb(text.TokenText(first - 1)));

    /// <summary>
    /// Right after a dash, colon or opening quote a word is capitalised because a clause opens there
    /// ("SANTIAGO — Nearly 500 people"), just as at the start of a sentence.
    /// </summary>
    private static bool IsOpeningPosition(AnalyzedText text, int token, Sentence sentence) =>
        token > sentence.FirstToken && text.TokenText(token - 1) is "—" or "–" or ":" or "“" or "\"" or "‘" or "(";

    /// <summary>Words at <paramref name="position"/> naming an affiliation before a title: a known place or a demonym.</summary>
    private int AffiliationLength(List<string> words, int position)
    {
        for (var length = Math.Min(LongestGazetteerName, words.Count - position); length > 0; length--)
        {
            var candidate = string.Join(' ', words.GetRange(position, length));
            if (_gazetteer.Find(candidate) is { Kind: EntityKind.Place } || _gazetteer.CountryOfDemonym(candidate) is not null)
            {
                return length;
            }
        }

        return 0;
    }

    /// <summary>In a headline only names confirmed elsewhere count: gazetteer entries and names the prose gave.</summary>
    private void TagHeadline(AnalyzedText text, Sentence sentence, Dictionary<string, EntityKind> confirmedNames, List<EntitySpan> spans)
    {
        var i = sentence.FirstToken;
        while (i < sentence.EndToken)
        {
            var matched = 0;
            for (var length = Math.Min(LongestGazetteerName, sentence.EndToken - i); length > 0 && matched == 0; length--)
            {
                var candidate = text.LookupForm(i, i + length);
                if (!WordShape.IsCapitalized(candidate))
                {
                    continue;
                }

                var kind = confirmedNames.TryGetValue(candidate, out var confirmed) ? confirmed : _gazetteer.Find(candidate)?.Kind;
                if (kind is { } found)
                {
                    spans.Add(new EntitySpan(i, i + length, found));
                    matched = length;
                }
            }

            i += Math.Max(matched, 1);
        }
    }

    /// <summary>Names found in prose, each with its last word too, so a headline's "Rubio" is confirmed by "Marco Rubio".</summary>
    private static Dictionary<string, EntityKind> ConfirmedNames(AnalyzedText text, List<EntitySpan> spans)
    {
        var names = new Dictionary<string, EntityKind>(StringComparer.OrdinalIgnoreCase);
        foreach (var span in spans)
        {
            names.TryAdd(text.LookupForm(span.FirstToken, span.EndToken), span.Kind);
            if (span.Kind == EntityKind.Person)
            {
                names.TryAdd(text.TokenText(span.EndToken - 1), span.Kind);
            }
        }

        return names;
    }

    /// <summary>Capitalised words the document uses somewhere other than at a sentence's start.</summary>
    private static HashSet<string> MidSentenceCapitalizedWords(AnalyzedText text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < text.Sentences.Count; s++)
        {
            var sentence = text.Sentences[s];
            var opener = text.FirstWordOfSentence(s);
            for (var i = opener + 1; i < sentence.EndToken; i++)
            {
                var word = text.TokenText(i);
                if (WordShape.IsCapitalized(word) && !WordShape.IsFinalPunctuation(text.TokenText(i - 1)) && !IsOpeningPosition(text, i, sentence))
                {
                    words.Add(word);
                }
            }
        }

        return words;
    }
}
