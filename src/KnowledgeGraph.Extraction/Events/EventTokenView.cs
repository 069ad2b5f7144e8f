using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Time;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// One document as the event rules read it: per token its word, its lower-case form, the mention and the time expression
/// it belongs to; per entity whether it can take part in an event or only be where one happened. Built once in a single
/// pass over tokens, mentions and times (all sorted by offset), so every later rule looks things up by token index.
/// </summary>
internal sealed class EventTokenView
{
    private readonly int[] _mentionAt;
    private readonly int[] _timeAt;
    private readonly int[] _mentionFirst;
    private readonly int[] _mentionEnd;
    private readonly int[] _timeFirst;
    private readonly int[] _timeEnd;
    private readonly EntityStanding[] _standing;
    private readonly GazetteerEntry?[] _placeEntries;
    private readonly bool[] _writtenWithThe;

    public EventTokenView(
        AnalyzedText text,
        IReadOnlyList<LocalEntity> entities,
        IReadOnlyList<Mention> mentions,
        IReadOnlyList<TimeExpression> times,
        Gazetteer gazetteer)
    {
        Text = text;
        Entities = entities;
        Mentions = mentions;
        Times = times;
        // Views of the document's own token texts: event extraction runs again for each reading of an undated
        // article's times, and each run reads the same words.
        Words = text.Words;
        Lower = text.LowerWords;

        (_mentionAt, _mentionFirst, _mentionEnd) = MapSpans(text, mentions.Select(m => m.Span).ToList());
        (_timeAt, _timeFirst, _timeEnd) = MapSpans(text, times.Select(t => t.Span).ToList());

        _standing = new EntityStanding[entities.Count];
        _placeEntries = new GazetteerEntry?[entities.Count];
        foreach (var entity in entities)
        {
            _placeEntries[entity.Id] = entity.Kind == EntityKind.Place ? gazetteer.Find(entity.Name) : null;
            _standing[entity.Id] = entity.Kind switch
            {
                EntityKind.Person or EntityKind.Organization => EntityStanding.Party,
                EntityKind.Place when _placeEntries[entity.Id]?.PlaceType == "country" => EntityStanding.Country,
                EntityKind.Place => EntityStanding.Place,
                _ => EntityStanding.Bystander,
            };
        }

        _writtenWithThe = new bool[entities.Count];
        for (var m = 0; m < mentions.Count; m++)
        {
            var first = _mentionFirst[m];
            if (first > 0 && Lower[first - 1] == "the" && mentions[m].EntityId < entities.Count)
            {
                _writtenWithThe[mentions[m].EntityId] = true;
            }
        }
    }

    public AnalyzedText Text { get; }

    public IReadOnlyList<LocalEntity> Entities { get; }

    public IReadOnlyList<Mention> Mentions { get; }

    public IReadOnlyList<TimeExpression> Times { get; }

    /// <summary>Each token as written.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Each token in lower case, the form triggers are looked up in.</summary>
    public IReadOnlyList<string> Lower { get; }

    public int SentenceFirst(int sentence) => Text.Sentences[sentence].FirstToken;

    public int SentenceEnd(int sentence) => Text.Sentences[sentence].EndToken;

    /// <summary>The mention covering <paramref name="token"/>, or -1.</summary>
    public int MentionAt(int token) => _mentionAt[token];

    public int MentionFirst(int mention) => _mentionFirst[mention];

    public int MentionEnd(int mention) => _mentionEnd[mention];

    public int EntityOf(int mention) => Mentions[mention].EntityId;

    /// <summary>The time expression covering <paramref name="token"/>, or -1.</summary>
    public int TimeAt(int token) => _timeAt[token];

    public int TimeFirst(int time) => _timeFirst[time];

    public int TimeEnd(int time) => _timeEnd[time];

    public EntityStanding Standing(int entityId) => _standing[entityId];

    /// <summary>The gazetteer entry of a place entity, when the gazetteer knows it.</summary>
    public GazetteerEntry? PlaceEntry(int entityId) => _placeEntries[entityId];

    /// <summary>Whether the text writes "the" before this entity ("the Caribbean", "the State Department").</summary>
    public bool IsWrittenWithThe(int entityId) => _writtenWithThe[entityId];

    /// <summary>A token that opens or closes a clause: punctuation, quotation marks, "that", "while", "because".</summary>
    public bool IsClauseBreak(int token) =>
        _mentionAt[token] < 0
        && (EventGrammar.ClausePunctuation.Contains(Words[token]) || EventGrammar.ClauseOpeners.Contains(Lower[token]));

    /// <summary>
    /// A token participants do not reach across: a clause break, a preposition relating two happenings ("after"), or a
    /// verb of saying ("Trump said all were killed" does not make Trump a participant).
    /// </summary>
    public bool IsParticipantBreak(int token, Gazetteer gazetteer) =>
        IsClauseBreak(token)
        || (_mentionAt[token] < 0 && (EventGrammar.EventPrepositions.Contains(Lower[token]) || gazetteer.IsSpeechVerb(Lower[token])));

    // Token ranges of sorted, possibly overlapping spans: for each token the span covering it, and for each span its
    // first and end token. One pass, as both lists are sorted by start.
    private static (int[] At, int[] First, int[] End) MapSpans(AnalyzedText text, List<TextSpan> spans)
    {
        var tokens = text.Tokens;
        var at = new int[tokens.Count];
        Array.Fill(at, -1);
        var first = new int[spans.Count];
        var end = new int[spans.Count];
        var t = 0;
        for (var s = 0; s < spans.Count; s++)
        {
            var span = spans[s];
            while (t > 0 && tokens[t - 1].End > span.Start)
            {
                t--;
            }

            while (t < tokens.Count && tokens[t].End <= span.Start)
            {
                t++;
            }

            first[s] = t;
            var u = t;
            while (u < tokens.Count && tokens[u].Start < span.End)
            {
                at[u] = s;
                u++;
            }

            end[s] = u;
        }

        return (at, first, end);
    }
}
