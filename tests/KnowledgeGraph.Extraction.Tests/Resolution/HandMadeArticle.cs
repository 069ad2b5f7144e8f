using System.Text.RegularExpressions;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Documents;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Extraction.Names;
using KnowledgeGraph.Extraction.Relations;

namespace KnowledgeGraph.Extraction.Tests.Resolution;

/// <summary>
/// The facts MentionResolver gives for a short invented article, made by hand so that cross-document tests say exactly
/// which entities an article names and do not move with the tagger. Each entity gets the keys MentionResolver makes:
/// looked up, its own kind's key, the keys of shorter forms of two or more words that end its name, and the any-kind key
/// of a name of several words; registered only, the keys of its other forms ("name:rubio" for "Marco Rubio"). Every
/// place a form occurs is a mention, and entities named in one sentence are co-mentioned. Also compiled into
/// KnowledgeGraph.Cli.Tests, which feeds such articles through the store.
/// </summary>
internal sealed partial class HandMadeArticle(string name, string text)
{
    private readonly List<LocalEntity> _entities = [];
    private readonly List<string[]> _forms = [];

    /// <summary>An entity called <paramref name="canonical"/>, also printed as <paramref name="shorterForms"/>.</summary>
    public HandMadeArticle Entity(EntityKind kind, string canonical, params string[] shorterForms)
    {
        var words = NameKey.Fold(canonical).Split(' ');
        var keys = new List<string> { NameKey.For(kind, canonical) };
        foreach (var form in shorterForms.Select(NameKey.Fold).Where(f => f.Contains(' ') && IsTrailingWordsOf(f.Split(' '), words)))
        {
            AddOnce(keys, NameKey.For(kind, form));
        }

        if (NameKey.AnyKind(canonical) is { } anyKind)
        {
            keys.Add(anyKind);
        }

        var lookupKeyCount = keys.Count;
        foreach (var form in shorterForms)
        {
            AddOnce(keys, NameKey.For(kind, form));
        }

        return EntityWithKeys(kind, canonical, keys, lookupKeyCount, shorterForms);
    }

    /// <summary>An entity whose keys the test chooses.</summary>
    public HandMadeArticle EntityWithKeys(EntityKind kind, string canonical, IReadOnlyList<string> keys, int lookupKeyCount, params string[] shorterForms)
    {
        _entities.Add(new LocalEntity(_entities.Count, kind, canonical, keys, [], lookupKeyCount));
        _forms.Add([canonical, .. shorterForms]);
        return this;
    }

    public DocumentFacts Build()
    {
        var sentences = Sentences();
        var mentions = FindMentions(sentences);
        var entities = _entities.Select(e => e with
        {
            Aliases = mentions.Where(m => m.EntityId == e.Id)
                .GroupBy(m => m.Text, StringComparer.Ordinal)
                .Select(g => new AliasCount(g.Key, g.Count()))
                .OrderBy(a => a.Alias, StringComparer.Ordinal)
                .ToList(),
        }).ToList();
        var document = new Document($"{name}.txt", name, null, null, null, null, null, text, ContentHash.Of(text));
        return new DocumentFacts(document, sentences, entities, mentions, CoMentionExtractor.Extract(mentions, sentences));
    }

    /// <summary>Every occurrence of every form as a whole word, longer forms first so that "Rubio" in "Marco Rubio" is not counted twice.</summary>
    private List<Mention> FindMentions(List<TextSpan> sentences)
    {
        var mentions = new List<Mention>();
        var byLength = _forms.SelectMany((forms, id) => forms.Select(form => (Id: id, Form: form))).OrderByDescending(f => f.Form.Length);
        foreach (var (id, form) in byLength)
        {
            foreach (Match match in Regex.Matches(text, $@"(?<!\w){Regex.Escape(form)}(?!\w)"))
            {
                var span = new TextSpan(match.Index, match.Index + match.Length);
                if (!mentions.Any(m => m.Span.Start < span.End && span.Start < m.Span.End))
                {
                    mentions.Add(new Mention(id, sentences.FindIndex(s => s.Contains(span)), span, form));
                }
            }
        }

        Assert.All(_entities, e => Assert.Contains(mentions, m => m.EntityId == e.Id));
        return mentions.OrderBy(m => m.Span.Start).ToList();
    }

    private List<TextSpan> Sentences() =>
        SentenceEnd().Split(text).Aggregate(new List<TextSpan>(), (spans, sentence) =>
        {
            var start = spans.Count == 0 ? 0 : text.IndexOf(sentence, spans[^1].End, StringComparison.Ordinal);
            spans.Add(new TextSpan(start, start + sentence.Length));
            return spans;
        });

    private static bool IsTrailingWordsOf(string[] form, string[] canonical) =>
        form.Length < canonical.Length && canonical.AsSpan(canonical.Length - form.Length).SequenceEqual(form);

    private static void AddOnce(List<string> keys, string key)
    {
        if (!keys.Contains(key))
        {
            keys.Add(key);
        }
    }

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();
}
