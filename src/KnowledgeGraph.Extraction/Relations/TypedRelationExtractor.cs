using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Extraction.Gazetteers;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// Finds the typed relations one document states between its own entities: holds_position and leads (titles),
/// member_of and affiliated_with, met_with, visited and located_in. Every pattern reads the entity kinds of both
/// ends and the exact words between two names of one sentence, a few tokens apart, because a wrong typed link costs
/// an analyst more than a missing one (co-mentions already say that two names appear together). Each relation
/// carries every sentence that supports it, in document order.
/// </summary>
public sealed class TypedRelationExtractor
{
    private readonly Gazetteer _gazetteer;
    private readonly RelationCues _cues;

    public TypedRelationExtractor(Gazetteer gazetteer)
        : this(gazetteer, RelationCues.Default)
    {
    }

    internal TypedRelationExtractor(Gazetteer gazetteer, RelationCues cues)
    {
        _gazetteer = gazetteer;
        _cues = cues;
    }

    /// <param name="text">The analysed text the entities were found in.</param>
    /// <param name="entities">The document's entities; an entity's id is its index.</param>
    /// <param name="mentions">The document's mentions, sorted by start offset.</param>
    public IReadOnlyList<LocalRelation> Extract(AnalyzedText text, IReadOnlyList<LocalEntity> entities, IReadOnlyList<Mention> mentions)
    {
        var roles = new DocumentEntities(entities, _gazetteer, _cues);
        var frameReader = new NameFrameReader(_gazetteer, _cues, roles);
        var positions = new PositionPatterns(_cues, roles);
        ISentencePattern[] patterns =
        [
            positions,
            new MembershipPatterns(_cues, roles),
            new MeetingPatterns(_cues, roles),
            new VisitPatterns(_cues, roles),
            new ContainmentPatterns(_cues, roles, _gazetteer),
        ];

        var sink = new RelationSink();
        var firstSentence = new Dictionary<int, int>();
        var start = 0;
        while (start < mentions.Count)
        {
            var sentence = mentions[start].Sentence;
            var end = start;
            while (end < mentions.Count && mentions[end].Sentence == sentence)
            {
                end++;
            }

            if (sentence < 0 || sentence >= text.Sentences.Count)
            {
                start = end;
                continue; // mentions of another analysis of the text: nothing to read them against
            }

            var slots = SlotsOf(text, mentions, start, end, roles, firstSentence);
            if (slots.Count > 0)
            {
                var span = text.Sentences[sentence];
                var view = new SentenceView(sentence, span.FirstToken, span.EndToken, text, slots);
                var framed = new FramedSentence(view, frameReader.Read(view), _cues, _gazetteer);
                foreach (var pattern in patterns)
                {
                    pattern.Find(framed, sink);
                }
            }

            start = end;
        }

        sink.PlaceTitles(positions.IsLeaderTitle);
        new GazetteerContainment(roles).Find(firstSentence, sink);
        return sink.ToRelations(text.Sentences.Select(s => s.Span).ToList());
    }

    /// <summary>
    /// The mentions <c>[start, end)</c> of one sentence as token slots, in text order; notes the first sentence of
    /// each entity on the way. Mentions that do not begin and end on token boundaries, or name no entity of this
    /// document, are left out.
    /// </summary>
    private static List<MentionSlot> SlotsOf(
        AnalyzedText text, IReadOnlyList<Mention> mentions, int start, int end, DocumentEntities roles, Dictionary<int, int> firstSentence)
    {
        var slots = new List<MentionSlot>(end - start);
        var tokens = text.Tokens;
        var sentence = text.Sentences[mentions[start].Sentence];
        var t = sentence.FirstToken;
        for (var m = start; m < end; m++)
        {
            var mention = mentions[m];
            if (!roles.Contains(mention.EntityId))
            {
                continue;
            }

            firstSentence.TryAdd(mention.EntityId, mention.Sentence);
            while (t < sentence.EndToken && tokens[t].End <= mention.Span.Start)
            {
                t++;
            }

            if (t >= sentence.EndToken || tokens[t].Start != mention.Span.Start)
            {
                continue;
            }

            var last = t;
            while (last < sentence.EndToken && tokens[last].End < mention.Span.End)
            {
                last++;
            }

            if (last < sentence.EndToken && tokens[last].End == mention.Span.End
                && (slots.Count == 0 || slots[^1].End <= t))
            {
                slots.Add(new MentionSlot(mention.EntityId, t, last + 1));
            }
        }

        return slots;
    }
}
