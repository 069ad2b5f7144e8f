using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Ner;
using KnowledgeGraph.Extraction.Time;

namespace KnowledgeGraph.Extraction.Tagging;

/// <summary>
/// The pipeline's name finder: the trained CoNLL-2003 tagger (<see cref="NerTagger"/>) run over a whole article as
/// one document, its PER, ORG, LOC and MISC names mapped to person, organization, place and other.
/// </summary>
public sealed class TrainedEntityTagger(NerTagger tagger, Gazetteer gazetteer) : IEntityTagger
{
    /// <summary>The shipped model with the shipped gazetteer.</summary>
    public static TrainedEntityTagger CreateDefault() => new(ShippedNerModel.DefaultTagger, Gazetteer.Default);

    public IReadOnlyList<EntitySpan> Tag(AnalyzedText text)
    {
        var tags = tagger.Tag(WordsOf(text));
        var sentences = Enumerable.Range(0, text.Sentences.Count).Select(text.SentenceWords).ToArray();
        var spans = new List<EntitySpan>();
        for (var s = 0; s < sentences.Length; s++)
        {
            var first = text.Sentences[s].FirstToken;
            var previousEnd = 0;
            foreach (var chunk in NerTagSet.ToChunks(tags[s]))
            {
                if (chunk.Start < previousEnd || (chunk.Type == "MISC" && IsNationality(sentences[s], chunk))
                    || (chunk.Type == "ORG" && EndsInTitleAfterOf(sentences[s], chunk))
                    || IsOfficeOfTitle(sentences[s], chunk) || (chunk.Type != "PER" && IsHyphenatedModifier(sentences[s][chunk.End - 1]))
                    || IsPlaceCompound(sentences[s], chunk))
                {
                    continue;
                }

                var start = chunk.Type == "PER" ? StartWithParticles(sentences[s], chunk.Start, previousEnd) : chunk.Start;
                var end = chunk.Type == "PER" ? EndWithParticles(sentences[s], tags[s], chunk.End) : chunk.End;
                var beforeDate = EndBeforeDate(sentences[s], end);
                if (beforeDate == start || (beforeDate < end && beforeDate - start == 1 && start == 0 && !IsDatelinePlace(sentences[s][0])))
                {
                    continue; // nothing left but the word opening a line such as "Posted March 6, 2025"
                }

                end = EndBeforeOrdinaryWord(sentences[s], start, beforeDate);
                while (end > start + 1 && !WordShape.IsWordLike(sentences[s][end - 1]))
                {
                    end--; // a name never ends in a dash or quote the model took in ("Cold War —")
                }

                var span = new EntitySpan(first + start, first + end, KindOf(sentences[s], chunk));
                var rest = AfterLeadingParticles(sentences[s], chunk);
                if (spans.Count > 0 && spans[^1].FirstToken >= first && OnlyParticlesBetween(sentences[s], spans[^1].EndToken - first, rest))
                {
                    if (spans[^1].Kind == EntityKind.Person || (spans[^1].Kind == EntityKind.Place && end - rest == 1))
                    {
                        // "Juan Ramón" + "de la" + "Fuente": the particles join the two halves of one name. After a place
                        // they join a one-word rest ("San Pedro" + "de" + "Atacama", which the model read as a surname).
                        span = spans[^1] with { EndToken = span.EndToken };
                        spans.RemoveAt(spans.Count - 1);
                    }
                    else
                    {
                        // Between two names that stay apart the particles are ordinary words: "a Ford van Carlos
                        // Ramirez had rented" names a car maker and "Carlos Ramirez", not "van Carlos Ramirez".
                        span = span with { FirstToken = first + rest };
                    }
                }

                if (span.TokenCount <= 0)
                {
                    continue; // the name was cut before an ordinary word, and only its leading particles were left ("de eR")
                }

                spans.Add(span);
                previousEnd = end;
            }
        }

        return WithOneKindPerName(text, WithoutUnconfirmedHeadlineNames(text, spans));
    }

    /// <summary>The document's words for the model, read straight from the text: no string per token.</summary>
    private static DocumentWords WordsOf(AnalyzedText text)
    {
        var words = new DocumentWords.Builder(text.Text.Length);
        foreach (var sentence in text.Sentences)
        {
            for (var token = sentence.FirstToken; token < sentence.EndToken; token++)
            {
                words.AddWord(text.Tokens[token].In(text.Text));
            }

            words.EndSentence();
        }

        return words.Build();
    }

    /// <summary>
    /// One kind for every occurrence of the same name in a document: the kind most of its occurrences got (the first
    /// occurrence's on a tie). The model decides each occurrence from its own context, so "Vestfjord Launch" can come
    /// out an organization three times and a person once; an article means one thing by one name.
    /// </summary>
    private static List<EntitySpan> WithOneKindPerName(AnalyzedText text, List<EntitySpan> spans)
    {
        var kindOf = spans
            .GroupBy(span => text.LookupForm(span.FirstToken, span.EndToken), StringComparer.OrdinalIgnoreCase)
            .Where(name => name.Select(span => span.Kind).Distinct().Count() > 1)
            .ToDictionary(
                name => name.Key,
                name => name.GroupBy(span => span.Kind).OrderByDescending(kind => kind.Count()).First().Key,
                StringComparer.OrdinalIgnoreCase);
        if (kindOf.Count == 0)
        {
            return spans;
        }

        return spans
            .Select(span => kindOf.TryGetValue(text.LookupForm(span.FirstToken, span.EndToken), out var kind) ? span with { Kind = kind } : span)
            .ToList();
    }

    /// <summary>
    /// In a title-case headline ("Rubio Meets Mexico President Amidst Trump Military Show") every word is capitalised,
    /// so the model's names there are guesses; keep those the article's prose also names, or the gazetteer knows.
    /// A headline's "Rubio" is confirmed by the prose's "Marco Rubio".
    /// </summary>
    private List<EntitySpan> WithoutUnconfirmedHeadlineNames(AnalyzedText text, List<EntitySpan> spans)
    {
        var inHeadline = text.Sentences.Select(sentence => TitleCaseHeadline.Is(text, sentence)).ToArray();
        if (!inHeadline.Contains(true))
        {
            return spans;
        }

        var confirmed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var span in spans.Where(span => !inHeadline[text.SentenceOfToken[span.FirstToken]]))
        {
            confirmed.Add(text.LookupForm(span.FirstToken, span.EndToken));
            if (span.Kind == EntityKind.Person)
            {
                confirmed.Add(text.TokenText(span.EndToken - 1));
            }
        }

        return spans
            .Where(span => !inHeadline[text.SentenceOfToken[span.FirstToken]]
                || confirmed.Contains(text.LookupForm(span.FirstToken, span.EndToken))
                || gazetteer.Find(text.LookupForm(span.FirstToken, span.EndToken)) is not null)
            .ToList();
    }

    /// <summary>
    /// Where a name ends at the latest: before the first lower-case word that cannot sit inside a name ("Andøya
    /// Spaceport at 11:42", "Earth roughly"), or before a quotation mark, which closes or opens someone's words
    /// ("… said Rubio” Sheinbaum"). "of", "the" and particles can sit inside ("Bank of Norway", "Tren de Aragua").
    /// </summary>
    private static int EndBeforeOrdinaryWord(IReadOnlyList<string> words, int start, int end)
    {
        for (var i = start + 1; i < end; i++)
        {
            var word = words[i];
            if (word.Length > 0 && ((char.IsLower(word[0]) && !NameConnectors.CanJoin(word)) || IsQuotationMark(word)))
            {
                return i;
            }
        }

        return end;
    }

    /// <summary>
    /// Where a name ends when it ends in a month followed by a day: before the month. "March 6" is a date, whatever the
    /// model took in with it ("Posted March 6, 2025").
    /// </summary>
    private static int EndBeforeDate(IReadOnlyList<string> words, int end) =>
        end < words.Count && words[end].Length <= 2 && words[end].All(char.IsAsciiDigit) && AbsoluteDateParser.IsMonthName(words[end - 1])
            ? end - 1
            : end;

    /// <summary>"LONDON" in "LONDON March 6 (Reuters)": a known place or a word in capitals opening a line is a dateline's city.</summary>
    private bool IsDatelinePlace(string word) => WordShape.IsAllCapitals(word) || gazetteer.Find(word) is not null;

    private static bool IsQuotationMark(string word) => word is "\"" or "“" or "”" or "«" or "»" or "„" or "‘" or "’" or "'" or "``" or "''";

    /// <summary>
    /// "Government of President" (from "the Government of President Claudia Sheinbaum"): a title right after "of"
    /// introduces a person, so the words before it are not an organisation's name. "Office of the President", with
    /// its article, is one and stays.
    /// </summary>
    private bool EndsInTitleAfterOf(IReadOnlyList<string> words, Ner.Conll.Chunk chunk) =>
        chunk.Length >= 3 && words[chunk.End - 2] == "of" && gazetteer.Titles.IsTitle(words[chunk.End - 1]);

    /// <summary>
    /// "Interior" in "Secretary of the Interior", "Defence" in "Minister of Defence": a one-word name that completes a
    /// title the lexicon lists whole is the title's portfolio, not an organisation. Only whole listed titles count, so
    /// "the director of the FBI" keeps the FBI.
    /// </summary>
    private bool IsOfficeOfTitle(IReadOnlyList<string> words, Ner.Conll.Chunk chunk)
    {
        if (chunk.Length != 1 || chunk.Type == "PER")
        {
            return false;
        }

        for (var titleStart = Math.Max(0, chunk.Start - 3); titleStart <= chunk.Start - 2; titleStart++)
        {
            if (gazetteer.Titles.MatchLength(words, titleStart) == chunk.End - titleStart)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Copenhagen-based", "U.S.-purchased": a name glued to a participle or a word like "born" or "style" is an
    /// adjective describing something else. The name inside is part of one token, which a mention cannot split off.
    /// Other lower-case endings stay: "Kim Jong-un" and "Lai Ching-te" are names (and people are never checked).
    /// </summary>
    private static bool IsHyphenatedModifier(string lastWord)
    {
        var hyphen = lastWord.LastIndexOf('-');
        if (hyphen <= 0 || hyphen == lastWord.Length - 1 || !char.IsLower(lastWord[hyphen + 1]))
        {
            return false;
        }

        var tail = lastWord[(hyphen + 1)..];
        return (tail.Length > 3 && tail.EndsWith("ed", StringComparison.Ordinal)) || ModifierTails.Contains(tail);
    }

    /// <summary>Words after a hyphen that make a name an adjective, besides participles in -ed.</summary>
    private static readonly HashSet<string> ModifierTails = new(StringComparer.Ordinal)
    {
        "born", "run", "made", "built", "held", "bound", "style", "era", "wide", "friendly", "centric", "flagged", "bred",
    };

    /// <summary>
    /// "Mexico-United States", "U.S.-Mexico": two known places joined by a hyphen describe a relationship or a border
    /// between them, not a third place. A hyphenated name the gazetteer knows whole ("Guinea-Bissau") stays.
    /// </summary>
    private bool IsPlaceCompound(IReadOnlyList<string> words, Ner.Conll.Chunk chunk)
    {
        // Most names have no hyphen; only those are worth joining into a string (this runs for every name found).
        var hyphenated = false;
        for (var i = chunk.Start; i < chunk.End && !hyphenated; i++)
        {
            hyphenated = words[i].Contains('-');
        }

        var name = hyphenated ? ChunkText(words, chunk) : null;
        if (name is null || gazetteer.Find(name) is not null)
        {
            return false;
        }

        var parts = name.Split('-', StringSplitOptions.TrimEntries);
        return parts.Length >= 2 && parts.All(part => gazetteer.Find(part)?.Kind == EntityKind.Place);
    }

    /// <summary>
    /// Where a person's name ends once a surname after lower-case particles is counted in: the model may stop at
    /// "Juan Ramón" in "Juan Ramón de la Fuente spoke", leaving "de la Fuente" untagged or "Fuente" as a name of
    /// its own.
    /// </summary>
    private static int EndWithParticles(IReadOnlyList<string> words, int[] tags, int end)
    {
        var next = end;
        while (next < words.Count && next - end < 3 && NameConnectors.IsParticle(words[next]) && char.IsLower(words[next][0]))
        {
            next++;
        }

        // The surname may be untagged or tagged alone as something else ("Fuente" read as an organization).
        var surname = next < words.Count && next > end && char.IsUpper(words[next][0])
            && NerTagSet.PrefixOf(tags[next]) is 'O' or 'U';
        return surname ? next + 1 : end;
    }

    /// <summary>The first word of a chunk that is not a lower-case particle: "Atacama" of the model's "de Atacama".</summary>
    private static int AfterLeadingParticles(IReadOnlyList<string> words, Ner.Conll.Chunk chunk)
    {
        var i = chunk.Start;
        while (i < chunk.End - 1 && NameConnectors.IsParticle(words[i]) && char.IsLower(words[i][0]))
        {
            i++;
        }

        return i;
    }

    /// <summary>One to three lower-case particles and nothing else from <paramref name="from"/> to <paramref name="to"/>.</summary>
    private static bool OnlyParticlesBetween(IReadOnlyList<string> words, int from, int to)
    {
        if (to <= from || to - from > 3)
        {
            return false;
        }

        for (var i = from; i < to; i++)
        {
            if (!NameConnectors.IsParticle(words[i]) || !char.IsLower(words[i][0]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Where a person's name starts once the lower-case particles before it are counted in: "Later de la Fuente
    /// declined" gives "de la Fuente", not "Fuente". The model rarely saw such particles in 1996 English newswire.
    /// A capitalised particle counts only at the start of the sentence ("De la Fuente declined"), where case says nothing.
    /// </summary>
    private static int StartWithParticles(IReadOnlyList<string> words, int start, int limit)
    {
        var extended = start;
        while (extended > limit && start - extended < 3 && NameConnectors.IsParticle(words[extended - 1])
            && (char.IsLower(words[extended - 1][0]) || extended == 1))
        {
            extended--;
        }

        return extended;
    }

    /// <summary>
    /// "Mexican" and "Americans" are MISC in CoNLL-2003, but an adjective of nationality is not a thing of its own in
    /// the graph: the country it points to is (linking the two is relation work).
    /// </summary>
    private bool IsNationality(IReadOnlyList<string> words, Ner.Conll.Chunk chunk) =>
        chunk.Length == 1 && gazetteer.IsDemonym(words[chunk.Start]);

    /// <summary>
    /// The entity kind of a name. Two exceptions to the model's type. A name the gazetteer knows as a place is a place
    /// even where the model says ORG: CoNLL-2003 is full of sports results where "Hamburg" is a club; in the news this
    /// tool reads, a bare city or country name is the place far more often. And an ORG or MISC name headed by a
    /// place word ("National Palace", "Zócalo Square") is a place: CoNLL files buildings under whatever uses them.
    /// </summary>
    private EntityKind KindOf(IReadOnlyList<string> words, Ner.Conll.Chunk chunk)
    {
        if (chunk.Type == "ORG" && gazetteer.Find(ChunkText(words, chunk))?.Kind == EntityKind.Place)
        {
            return EntityKind.Place;
        }

        if (chunk.Type is "ORG" or "MISC" && chunk.Length >= 2 && gazetteer.IsPlaceWord(words[chunk.End - 1]))
        {
            return EntityKind.Place;
        }

        return KindOf(chunk.Type);
    }

    /// <summary>A chunk's words joined by spaces: the form the gazetteer is asked about.</summary>
    private static string ChunkText(IReadOnlyList<string> words, Ner.Conll.Chunk chunk) =>
        string.Join(' ', words.Skip(chunk.Start).Take(chunk.Length));

    private static EntityKind KindOf(string type) => type switch
    {
        "PER" => EntityKind.Person,
        "ORG" => EntityKind.Organization,
        "LOC" => EntityKind.Place,
        _ => EntityKind.Other,
    };
}
