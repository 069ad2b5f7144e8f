using System.Text.RegularExpressions;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Documents;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Core.Resolution;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>
/// Builds a consistent <see cref="ResolvedDocument"/> by hand, the way the GraphBuilder would, so that store tests do
/// not depend on extraction. Sentences are split at end punctuation; mentions are found by their surface text.
/// </summary>
internal sealed partial class DocumentBuilder
{
    private readonly Document _document;
    private readonly List<TextSpan> _sentences;
    private readonly List<EntityDraft> _entities = new();
    private readonly List<ResolvedMention> _mentions = new();
    private readonly List<ResolvedRelation> _relations = new();
    private readonly List<EventDraft> _events = new();
    private readonly List<ResolvedQuote> _quotes = new();
    private DateOnly? _referenceDate;
    private int _extractorVersion;

    public DocumentBuilder(string path, string text, DateOnly? published = null, string? title = null)
    {
        _document = new Document(
            path, title ?? path, "The Test Courier", null, published, null, null, text, ContentHash.Of(text));
        _sentences = SentenceEnd().Split(text).Aggregate(
            new List<TextSpan>(),
            (spans, sentence) =>
            {
                var start = spans.Count == 0 ? 0 : text.IndexOf(sentence, spans[^1].End, StringComparison.Ordinal);
                spans.Add(new TextSpan(start, start + sentence.Length));
                return spans;
            });
    }

    public string Text => _document.Text;

    public IReadOnlyList<TextSpan> Sentences => _sentences;

    /// <summary>
    /// Declares an entity the document touches; its name doubles as its resolution key unless keys are given. All its
    /// mentions here vote for <paramref name="kind"/>.
    /// </summary>
    public DocumentBuilder Entity(long id, bool isNew, EntityKind kind, string name, params string[] keys)
    {
        _entities.Add(new EntityDraft(id, isNew, kind, name, keys.Length == 0 ? [name.ToLowerInvariant()] : keys, IsRenamed: false));
        return this;
    }

    /// <summary>Declares a stored entity that this document names more completely, as the GraphBuilder would.</summary>
    public DocumentBuilder RenamedEntity(long id, EntityKind kind, string newName, params string[] keys)
    {
        _entities.Add(new EntityDraft(id, IsNew: false, kind, newName, keys.Length == 0 ? [newName.ToLowerInvariant()] : keys, IsRenamed: true));
        return this;
    }

    /// <summary>Adds a mention of <paramref name="entityId"/> at the <paramref name="occurrence"/>-th place <paramref name="surface"/> appears.</summary>
    public DocumentBuilder Mention(long entityId, string surface, int occurrence = 0)
    {
        var start = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            start = Text.IndexOf(surface, start + 1, StringComparison.Ordinal);
            if (start < 0)
            {
                throw new ArgumentException($"'{surface}' occurs fewer than {occurrence + 1} times.", nameof(surface));
            }
        }

        var span = new TextSpan(start, start + surface.Length);
        var sentence = _sentences.FindIndex(s => s.Contains(span));
        _mentions.Add(new ResolvedMention(entityId, new Mention(LocalId(entityId), sentence, span, surface)));
        return this;
    }

    /// <summary>Adds a relation supported by the given sentences (by index).</summary>
    public DocumentBuilder Relation(long sourceId, long targetId, string kind, string? label, params int[] sentences)
    {
        _relations.Add(new ResolvedRelation(sourceId, targetId, kind, label, sentences.Select(i => _sentences[i]).ToArray()));
        return this;
    }

    public DocumentBuilder CoMention(long sourceId, long targetId, params int[] sentences) =>
        Relation(sourceId, targetId, RelationKinds.CoMention, null, sentences);

    /// <summary>
    /// Sets the day the document's relative times count from (<see cref="DocumentFacts.ReferenceDate"/>); without it the
    /// document is one that never says when it was written.
    /// </summary>
    public DocumentBuilder ReferenceDate(DateOnly? day)
    {
        _referenceDate = day;
        return this;
    }

    /// <summary>Sets the extraction version the facts claim to come from (<see cref="DocumentFacts.ExtractorVersion"/>).</summary>
    public DocumentBuilder ExtractedBy(int extractorVersion)
    {
        _extractorVersion = extractorVersion;
        return this;
    }

    /// <summary>
    /// Reports event <paramref name="eventId"/> (declared with <see cref="Entity"/> as kind event). What the store writes to
    /// <c>events</c> is the joined event the GraphBuilder would hand over; here it is simply this report's type, date,
    /// place and participants. <paramref name="floating"/> is the date as a function of the day of writing, which only a
    /// document without a reference date keeps.
    /// </summary>
    public DocumentBuilder Event(
        long eventId,
        string eventType,
        IReadOnlyList<(long EntityId, string Role)> participants,
        FactDate? date = null,
        long? placeId = null,
        FloatingDate? floating = null)
    {
        _events.Add(new EventDraft(eventId, eventType, participants, date, placeId, floating));
        return this;
    }

    /// <summary>Adds a quotation of <paramref name="quoted"/> at the <paramref name="occurrence"/>-th place it appears.</summary>
    public DocumentBuilder Quote(long? speakerId, string quoted, int occurrence = 0)
    {
        var span = Find(quoted, occurrence);
        _quotes.Add(new ResolvedQuote(speakerId, new LocalQuote(speakerId is { } id ? LocalId(id) : null, span, quoted)));
        return this;
    }

    public ResolvedDocument Build()
    {
        var mentions = _mentions.OrderBy(m => m.Mention.Span.Start).ToArray();
        var entities = _entities.Select(draft =>
        {
            var own = mentions.Where(m => m.EntityId == draft.Id).ToArray();
            var aliases = own.GroupBy(m => m.Mention.Text)
                .Select(g => new AliasCount(g.Key, g.Count()))
                .OrderBy(a => a.Alias, StringComparer.Ordinal)
                .ToArray();
            return (Draft: draft, Aliases: aliases, MentionCount: own.Length);
        }).ToArray();

        // Local ids are declaration order; graph ids are whatever the test chose.
        var local = entities
            .Select((e, i) => new LocalEntity(i, e.Draft.Kind, e.Draft.Name, e.Draft.Keys, e.Aliases))
            .ToArray();
        var localRelations = _relations
            .Select(r => new LocalRelation(LocalId(r.SourceId), LocalId(r.TargetId), r.Kind, r.Label, r.Evidence))
            .ToArray();
        var facts = new DocumentFacts(_document, _sentences, local, mentions.Select(m => m.Mention).ToArray(), localRelations)
        {
            Events = _events.Select(e => LocalEventOf(e, mentions)).ToArray(),
            Quotes = _quotes.Select(q => q.Quote).ToArray(),
            ReferenceDate = _referenceDate,
            ExtractorVersion = _extractorVersion,
        };
        return new ResolvedDocument(
            facts,
            entities.OrderBy(e => e.Draft.Id).Select(e => new ResolvedEntity(
                e.Draft.Id,
                e.Draft.IsNew,
                e.Draft.Kind,
                e.Draft.Name,
                e.Draft.Keys,
                e.Aliases,
                e.MentionCount,
                e.MentionCount == 0 ? [] : [new KindVote(e.Draft.Kind, e.MentionCount)],
                e.Draft.IsRenamed)).ToArray(),
            mentions,
            _relations.ToArray())
        {
            Events = _events.Select(e => new ResolvedEvent(
                e.Id,
                new EventSignature(e.EventType, e.Date, e.PlaceId, e.Participants.Select(p => p.EntityId).ToHashSet()),
                e.Participants)
            {
                Floating = e.Floating,
            }).ToArray(),
            Quotes = _quotes.ToArray(),
        };
    }

    private TextSpan Find(string surface, int occurrence)
    {
        var start = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            start = Text.IndexOf(surface, start + 1, StringComparison.Ordinal);
            if (start < 0)
            {
                throw new ArgumentException($"'{surface}' occurs fewer than {occurrence + 1} times.", nameof(surface));
            }
        }

        return new TextSpan(start, start + surface.Length);
    }

    /// <summary>The report in local ids, with the sentences that mention the event as its evidence.</summary>
    private LocalEvent LocalEventOf(EventDraft draft, IReadOnlyList<ResolvedMention> mentions) => new(
        LocalId(draft.Id),
        draft.EventType,
        draft.Date,
        draft.PlaceId is { } place ? LocalId(place) : null,
        draft.Participants.Select(p => new EventRole(LocalId(p.EntityId), p.Role)).ToArray(),
        mentions.Where(m => m.EntityId == draft.Id).Select(m => _sentences[m.Mention.Sentence]).Distinct().ToArray())
    {
        Floating = draft.Floating,
    };

    private int LocalId(long entityId)
    {
        var index = _entities.FindIndex(e => e.Id == entityId);
        return index >= 0 ? index : throw new ArgumentException($"Entity {entityId} was not declared.", nameof(entityId));
    }

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();

    private sealed record EventDraft(
        long Id, string EventType, IReadOnlyList<(long EntityId, string Role)> Participants, FactDate? Date, long? PlaceId, FloatingDate? Floating);

    private sealed record EntityDraft(long Id, bool IsNew, EntityKind Kind, string Name, IReadOnlyList<string> Keys, bool IsRenamed);
}
