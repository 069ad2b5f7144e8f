using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Time;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// Finds the happenings one document reports, as nodes: meetings, visits, agreements, statements, strikes, arrests and
/// the other <see cref="EventTypes"/>, each with its participants and their roles, its place and date when the text
/// gives them, and the sentences that report it. Rules over tokens, names and dates, not a model: a trigger word
/// (event-triggers.tsv) read as a noun or a verb, the names its clause ties to it, the nearest date of its sentence.
/// Precision before recall: a trigger with no one taking part and no date ("tariffs hurt growth") is no event, and the
/// repeats of one happening within the document ("the meeting", "the talks") fold into it.
/// Pure and thread-safe: one instance serves every document.
/// </summary>
public sealed class EventExtractor(Gazetteer gazetteer, EventTriggerLexicon lexicon)
{
    /// <summary>An extractor using the shipped trigger list.</summary>
    public EventExtractor(Gazetteer gazetteer)
        : this(gazetteer, EventTriggerLexicon.Default)
    {
    }

    /// <summary>The events of one document, in order of first report.</summary>
    /// <param name="text">The analysed document text.</param>
    /// <param name="entities">The document's entities; an entity's id is its index.</param>
    /// <param name="mentions">Their mentions, sorted by start.</param>
    /// <param name="times">The document's time expressions, sorted by start.</param>
    public IReadOnlyList<DetectedEvent> Extract(
        AnalyzedText text,
        IReadOnlyList<LocalEntity> entities,
        IReadOnlyList<Mention> mentions,
        IReadOnlyList<TimeExpression> times)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(times);

        var view = new EventTokenView(text, entities, mentions, times, gazetteer);
        var triggers = new TriggerFinder(lexicon, view);
        var arguments = new ArgumentFinder(view, gazetteer, lexicon);
        var occurrences = new List<EventOccurrence>();
        for (var sentence = 0; sentence < text.Sentences.Count; sentence++)
        {
            var found = triggers.Find(sentence);
            var sentenceTriggers = new SentenceTriggers(text.Sentences[sentence].FirstToken, text.Sentences[sentence].EndToken, found);
            occurrences.AddRange(found.Where(occurrence => arguments.Read(occurrence, sentenceTriggers)));
        }

        EventDating.Attach(view, arguments, occurrences);
        var places = new PlaceContainment(view);
        var namer = new EventNamer(view);
        return EventCoreference.Resolve(occurrences, places)
            .Select(cluster => new DetectedEvent(
                cluster.Type,
                namer.Name(cluster),
                new TextSpan(text.Tokens[cluster.First.First].Start, text.Tokens[cluster.First.End - 1].End),
                cluster.Date,
                cluster.PlaceId,
                cluster.Participants,
                [.. cluster.Sentences.Select(s => text.Sentences[s].Span)]))
            .ToList();
    }
}
