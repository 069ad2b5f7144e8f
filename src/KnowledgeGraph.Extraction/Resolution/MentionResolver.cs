using KnowledgeGraph.Extraction.Names;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Tagging;

namespace KnowledgeGraph.Extraction.Resolution;

/// <summary>
/// Within one document, decides which names are the same entity: gazetteer forms share their canonical name
/// ("U.S." and "United States"), a shorter personal name joins the fuller one it ends ("Rubio", "De la Fuente"),
/// a lone given name joins the only person who has it, and an acronym joins the organization whose initials it spells
/// ("AP" and "Associated Press"). It then re-links what the tagger missed: lower-cased surnames ("rubio") and
/// handles ("@SecRubio") of people the document names.
/// </summary>
public sealed class MentionResolver(Gazetteer gazetteer)
{
    /// <summary>Shortest surname re-linked from lower case or a handle; shorter ones collide with ordinary words.</summary>
    private const int ShortestRelinkedSurname = 4;

    private readonly GovernmentMetonymy _metonymy = new(gazetteer);

    /// <summary>Most letters a handle may add to a surname ("Sec" in "@SecRubio", "CL" in "@RuizCL").</summary>
    private const int LongestHandleTag = 4;

    public (IReadOnlyList<LocalEntity> Entities, IReadOnlyList<Mention> Mentions) Resolve(AnalyzedText text, IReadOnlyList<EntitySpan> spans)
    {
        var candidates = spans.Select(span => ToCandidate(text, span)).ToList();
        var clusters = new List<MentionCluster>();
        var byExactName = new Dictionary<string, MentionCluster>(StringComparer.Ordinal);
        foreach (var candidate in candidates.OrderByDescending(c => c.WordCount).ThenBy(c => c.FirstToken))
        {
            var cluster = byExactName.GetValueOrDefault(ExactKey(candidate)) ?? FindCluster(clusters, candidate);
            if (cluster is null)
            {
                cluster = new MentionCluster(candidate.Kind, candidate);
                clusters.Add(cluster);
                byExactName[ExactKey(candidate)] = cluster;
            }
            else
            {
                cluster.Members.Add(candidate);
                if (candidate.Kind == EntityKind.Person)
                {
                    cluster.Kind = EntityKind.Person;
                }
            }
        }

        RelinkMissedPersonMentions(text, clusters);
        return Build(text, clusters);
    }

    private MentionCandidate ToCandidate(AnalyzedText text, EntitySpan span)
    {
        var surface = text.SpanText(span.FirstToken, span.EndToken);
        var known = gazetteer.Find(text.LookupForm(span.FirstToken, span.EndToken));
        var kind = known?.Kind ?? span.Kind;
        var words = Enumerable.Range(span.FirstToken, span.TokenCount).Select(i => NameKey.Fold(text.TokenText(i))).Where(w => w.Length > 0).ToArray();
        if (known is not null && span.Kind != EntityKind.Person && gazetteer.CountryGovernedFrom(known) is { } country
            && _metonymy.ActsAsGovernment(text, span.FirstToken, span.EndToken))
        {
            // "Washington claimed" is the United States acting; the city node keeps the city's own mentions.
            return new MentionCandidate(span.FirstToken, span.EndToken, country.Kind, surface, words, country.Name) { StandsForGovernment = true };
        }

        return new MentionCandidate(span.FirstToken, span.EndToken, kind, surface, words, known?.Kind == kind ? known.Name : null);
    }

    /// <summary>
    /// The key under which a candidate meets its exact equals: its gazetteer name or else its own name, folded, within a
    /// kind (people and untyped names together, see <see cref="NameKey.For"/>). "México" thus meets "Mexico".
    /// </summary>
    private static string ExactKey(MentionCandidate candidate) =>
        NameKey.For(candidate.Kind, candidate.KnownName ?? candidate.FoldedName);

    /// <summary>Clusters a candidate may join when no cluster has exactly its name.</summary>
    private MentionCluster? FindCluster(List<MentionCluster> clusters, MentionCandidate candidate)
    {
        if (candidate.KnownName is not null)
        {
            return null;
        }

        var folded = candidate.FoldedName;
        if (candidate.Kind is EntityKind.Person or EntityKind.Other)
        {
            var people = clusters.Where(c => c.Kind == EntityKind.Person && c.EndsWith(candidate)).ToList();
            if (people.Count == 0)
            {
                people = clusters.Where(c => c.Kind == EntityKind.Person && c.Contains(candidate)).ToList();
            }

            if (people.Count == 1)
            {
                return people[0];
            }

            if (candidate.WordCount == 1)
            {
                var byGivenName = clusters.Where(c => c.Kind == EntityKind.Person && c.Founder.WordCount > 1 && c.Founder.FoldedWords[0] == folded).ToList();
                if (byGivenName.Count == 1)
                {
                    return byGivenName[0];
                }
            }
        }

        if (candidate.Kind == EntityKind.Organization)
        {
            // "the Foreign Ministry" after "the Chilean Foreign Ministry": the same body with its country left out.
            var qualified = clusters.Where(c => c.Kind == EntityKind.Organization && c.Founder.WordCount > candidate.WordCount
                && c.EndsWith(candidate) && IsNationalQualifier(c.Founder.FoldedWords.AsSpan(0, c.Founder.WordCount - candidate.WordCount))).ToList();
            if (qualified.Count == 1)
            {
                return qualified[0];
            }
        }

        if (candidate.Kind == EntityKind.Organization && candidate.WordCount == 1 && WordShape.IsAllCapitals(candidate.Surface))
        {
            var spelled = clusters.Where(c => c.Kind == EntityKind.Organization && Initials(c.Founder.Surface) == folded).ToList();
            if (spelled.Count == 1)
            {
                return spelled[0];
            }
        }

        return null;
    }

    /// <summary>Words that only say which country a body belongs to: "chilean", "mexican", "norway", "u.s.".</summary>
    private bool IsNationalQualifier(ReadOnlySpan<string> words)
    {
        foreach (var word in words)
        {
            if (!gazetteer.IsDemonym(word) && gazetteer.Find(word)?.PlaceType != "country")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Initials of the capitalised words of a name: "Associated Press" → "ap".</summary>
    private static string Initials(string name) =>
        new(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => char.ToLowerInvariant(w[0])).ToArray());

    private void RelinkMissedPersonMentions(AnalyzedText text, List<MentionCluster> clusters)
    {
        var covered = new bool[text.Tokens.Count];
        foreach (var member in clusters.SelectMany(c => c.Members))
        {
            Array.Fill(covered, true, member.FirstToken, member.EndToken - member.FirstToken);
        }

        // Only people the document names in full: a lone "Container" is not grounds to claim every "container".
        var people = clusters.Where(c => c.Kind == EntityKind.Person && c.Founder.WordCount > 1).ToList();
        if (people.Count == 0)
        {
            return;
        }

        for (var i = 0; i < text.Tokens.Count; i++)
        {
            var token = text.Tokens[i];
            if (covered[i] || token.Length < ShortestRelinkedSurname || !(char.IsLower(text.Text[token.Start]) || text.Text[token.Start] == '@'))
            {
                continue; // the cheap tests first: this loop sees every token of the document
            }

            var word = text.TokenText(i);
            var isHandle = WordShape.IsHandle(word);
            if (!isHandle && (gazetteer.IsCommonWord(word) || !ActsAsName(text, i)))
            {
                continue;
            }

            var folded = NameKey.Fold(word);
            List<MentionCluster> matches;
            if (isHandle)
            {
                // "@SecRubio" stands for the person whose surname it spells out.
                matches = people.Where(p => HandleSpellsFullName(folded, p)).ToList();
                if (matches.Count == 0)
                {
                    matches = people.Where(p => HandleSpellsSurname(folded, p)).ToList();
                }
            }
            else
            {
                // A lower-cased surname ("rubio") of a person the document names.
                matches = people.Where(p => p.FoldedSurname == folded).ToList();
            }

            if (matches.Count == 1)
            {
                matches[0].Members.Add(new MentionCandidate(i, i + 1, EntityKind.Person, word, [folded], null));
            }
        }
    }

    /// <summary>
    /// Whether a lower-case word stands where a name stands, rather than being the ordinary word a surname can also be
    /// ("prices rose", "the launch"): it opens its sentence, takes a possessive ("rubio’s"), or is the subject of a
    /// verb of saying ("sheinbaum declared").
    /// </summary>
    private bool ActsAsName(AnalyzedText text, int token)
    {
        var sentenceIndex = text.SentenceOfToken[token];
        var sentence = text.Sentences[sentenceIndex];
        var opensSentence = text.FirstWordOfSentence(sentenceIndex) == token;
        if (opensSentence || token + 1 >= sentence.EndToken)
        {
            return opensSentence;
        }

        var next = text.TokenText(token + 1);
        return WordShape.IsPossessiveMarker(next, text.TokenText(token)) || gazetteer.IsSpeechVerb(next);
    }

    /// <summary>
    /// Whether a handle holds a person's given name followed by (the start of) a family name: "@Claudiashein" for
    /// Claudia Sheinbaum Pardo, "@AnaRuizCL". Checked before the surname alone, which two people may share.
    /// </summary>
    private static bool HandleSpellsFullName(string foldedHandle, MentionCluster person)
    {
        var words = person.Founder.FoldedWords;
        var given = words[0];
        if (words.Length < 2 || given.Length < 3)
        {
            return false;
        }

        var familyNames = words.Skip(1).Append(person.FoldedSurname.Replace(" ", string.Empty));
        return familyNames.Any(family => family.Length >= ShortestRelinkedSurname
            && foldedHandle.Contains(given + family[..ShortestRelinkedSurname], StringComparison.Ordinal));
    }

    /// <summary>
    /// Whether a handle is a person's surname with at most a short tag around it ("@SecRubio"), not merely a longer
    /// word that contains it ("@Bellingcat" is not Maria Bell).
    /// </summary>
    private static bool HandleSpellsSurname(string foldedHandle, MentionCluster person)
    {
        var surname = person.FoldedSurname.Replace(" ", string.Empty);
        var handle = foldedHandle.TrimStart('@');
        return surname.Length >= ShortestRelinkedSurname && handle.Contains(surname, StringComparison.Ordinal)
            && handle.Length - surname.Length <= LongestHandleTag;
    }

    private (IReadOnlyList<LocalEntity>, IReadOnlyList<Mention>) Build(AnalyzedText text, List<MentionCluster> clusters)
    {
        var ordered = clusters.OrderBy(c => c.FirstToken).ToList();
        var entities = new List<LocalEntity>(ordered.Count);
        var mentions = new List<Mention>();
        foreach (var cluster in ordered)
        {
            var id = entities.Count;
            var name = CanonicalName(cluster);
            var aliases = cluster.Members
                .GroupBy(m => m.Surface, StringComparer.Ordinal)
                .Select(g => new AliasCount(g.Key, g.Count()))
                .OrderBy(a => a.Alias, StringComparer.Ordinal)
                .ToList();
            var (keys, lookupKeyCount) = ResolutionKeys(cluster, name);
            entities.Add(new LocalEntity(id, cluster.Kind, name, keys, aliases, lookupKeyCount));
            foreach (var member in cluster.Members)
            {
                var span = new TextSpan(text.Tokens[member.FirstToken].Start, text.Tokens[member.EndToken - 1].End);
                mentions.Add(new Mention(id, text.SentenceOfToken[member.FirstToken], span, member.Surface));
            }
        }

        mentions.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.End.CompareTo(b.Span.End));
        return (entities, mentions);
    }

    /// <summary>
    /// The gazetteer's name when there is one; otherwise the fullest form, preferring one not printed in capitals
    /// (a dateline), then the most frequent, then the first.
    /// </summary>
    private static string CanonicalName(MentionCluster cluster) =>
        cluster.Founder.KnownName ?? cluster.Members
            .Where(m => !WordShape.IsHandle(m.Surface))
            .GroupBy(m => m.Surface, StringComparer.Ordinal)
            .OrderBy(g => char.IsLower(g.Key[0]) ? 1 : 0)
            .ThenByDescending(g => g.First().WordCount)
            .ThenBy(g => WordShape.IsAllCapitals(g.Key) && g.First().WordCount > 1 ? 1 : 0)
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Min(m => m.FirstToken))
            .Select(g => g.Key)
            .First();

    /// <summary>
    /// The canonical key first (the one later documents are matched on), then the keys of other multi-word forms that
    /// end the canonical name ("ramon de la fuente", "de la fuente" for "Juan Ramón de la Fuente") or, for a person,
    /// start it with a surname ("claudia sheinbaum" for "Claudia Sheinbaum Pardo"), which are safe to look up too, then
    /// the canonical name's key of any kind (<see cref="NameKey.AnyKind"/>), looked up last. Then, registered only, a
    /// key for every other form seen and for the leading words of a person's name that end in a surname: a later
    /// document naming only "Rubio" or "Claudia Sheinbaum" finds this entity under them, while this document never
    /// joins another entity through a lone surname. When two entities register one key, the cross-document tie-break
    /// decides (<see cref="SharedKeyTieBreak"/>).
    /// </summary>
    private (IReadOnlyList<string> Keys, int LookupKeyCount) ResolutionKeys(MentionCluster cluster, string name)
    {
        var canonical = NameKey.Fold(name).Split(' ');
        var forms = cluster.Members
            .Where(m => !WordShape.IsHandle(m.Surface) && !m.StandsForGovernment)
            .Select(m => m.Surface)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var safeToLookUp = forms.Where(form => IsSafeToLookUp(NameKey.Fold(form).Split(' '), canonical, cluster.Kind)).ToList();
        var keys = new List<string> { NameKey.For(cluster.Kind, name) };
        foreach (var form in safeToLookUp)
        {
            AddOnce(keys, NameKey.For(cluster.Kind, form));
        }

        if (NameKey.AnyKind(name) is { } anyKind)
        {
            keys.Add(anyKind);
        }

        var lookupKeyCount = keys.Count;
        foreach (var form in forms)
        {
            AddOnce(keys, NameKey.For(cluster.Kind, form));
        }

        if (cluster.Kind == EntityKind.Person)
        {
            var words = name.Split(' ');
            for (var length = 2; length < words.Length; length++)
            {
                if (IsSafeToLookUp(NameKey.Fold(string.Join(' ', words[..length])).Split(' '), canonical, cluster.Kind))
                {
                    AddOnce(keys, NameKey.For(cluster.Kind, string.Join(' ', words[..length])));
                }
            }
        }

        return (keys, lookupKeyCount);
    }

    /// <summary>
    /// Two or more words with which the canonical name ends (a surname with particles, a fuller form), or with which a
    /// person's name starts when they end in a surname rather than a given name: "Claudia Sheinbaum" of "Claudia
    /// Sheinbaum Pardo", a second family name being often left out, but not "Juan Ramón", which is only given names.
    /// </summary>
    private bool IsSafeToLookUp(string[] form, string[] canonical, EntityKind kind)
    {
        if (form.Length < 2 || form.Length > canonical.Length)
        {
            return false;
        }

        return canonical.AsSpan(canonical.Length - form.Length).SequenceEqual(form)
            || (kind == EntityKind.Person && canonical.AsSpan(0, form.Length).SequenceEqual(form) && !gazetteer.IsFirstName(form[^1]));
    }

    private static void AddOnce(List<string> keys, string key)
    {
        if (!keys.Contains(key))
        {
            keys.Add(key);
        }
    }
}
