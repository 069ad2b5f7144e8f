using System.Globalization;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Documents;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Extraction.Events;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Time;

namespace KnowledgeGraph.Extraction.Tests.Events;

/// <summary>
/// The events of an invented article, with the real entities and mentions of the default pipeline and time expressions
/// placed by hand, so that a test says which phrase is which date and does not move with the time finder. Asserts read
/// entity names, not ids.
/// </summary>
internal sealed class ReportedEvents
{
    private static readonly Lazy<ExtractionPipeline> Pipeline = new(ExtractionPipeline.CreateDefault);
    private static readonly EventExtractor Extractor = new(Gazetteer.Default);

    private ReportedEvents(string text, DocumentFacts facts, IReadOnlyList<DetectedEvent> events)
    {
        Text = text;
        Facts = facts;
        Events = events;
    }

    public string Text { get; }

    public DocumentFacts Facts { get; }

    public IReadOnlyList<DetectedEvent> Events { get; }

    /// <summary>
    /// The events of <paramref name="text"/>. Each time is a phrase of the text (its first occurrence) and the ISO date
    /// it stands for: "2025-09-03" a day, "2025-09" a month, "2025" a year.
    /// </summary>
    public static ReportedEvents Of(string text, params (string Phrase, string Iso)[] times)
    {
        var document = new Document("invented.txt", "Invented", null, null, null, null, null, text, ContentHash.Of(text));
        var facts = Pipeline.Value.Extract(document);
        var expressions = times
            .Select(time => new TimeExpression(SpanOf(text, time.Phrase), Parse(time.Iso), false))
            .OrderBy(time => time.Span.Start)
            .ToList();
        var events = Extractor.Extract(AnalyzedText.Analyze(text), facts.Entities, facts.Mentions, expressions);
        return new ReportedEvents(text, facts, events);
    }

    /// <summary>The one event of type <paramref name="type"/>; fails when there is none or more than one.</summary>
    public DetectedEvent Single(string type) => Assert.Single(Events, e => e.EventType == type);

    public IReadOnlyList<DetectedEvent> OfType(string type) => [.. Events.Where(e => e.EventType == type)];

    /// <summary>"Name:role" for each participant, in order.</summary>
    public IReadOnlyList<string> Roles(DetectedEvent e) => [.. e.Participants.Select(p => $"{Facts.Entities[p.EntityId].Name}:{p.Role}")];

    /// <summary>The names of the participants, in order.</summary>
    public IReadOnlyList<string> Names(DetectedEvent e) => [.. e.Participants.Select(p => Facts.Entities[p.EntityId].Name)];

    public string? Place(DetectedEvent e) => e.PlaceId is { } id ? Facts.Entities[id].Name : null;

    public IReadOnlyList<string> Evidence(DetectedEvent e) => [.. e.Evidence.Select(span => span.Slice(Text))];

    public string TriggerText(DetectedEvent e) => e.Trigger.Slice(Text);

    /// <summary>Fails with the entities the tagger found when it did not find <paramref name="name"/>, so a test says why.</summary>
    public void AssertEntity(string name, EntityKind kind) =>
        Assert.True(
            Facts.Entities.Any(e => e.Name == name && e.Kind == kind),
            $"Expected {kind} '{name}'; the pipeline found: {string.Join(", ", Facts.Entities.Select(e => $"{e.Kind} {e.Name}"))}");

    private static TextSpan SpanOf(string text, string phrase)
    {
        var start = text.IndexOf(phrase, StringComparison.Ordinal);
        Assert.True(start >= 0, $"The phrase '{phrase}' is not in the text.");
        return new TextSpan(start, start + phrase.Length);
    }

    private static FactDate Parse(string iso) => iso.Length switch
    {
        4 => new FactDate(new DateOnly(int.Parse(iso, CultureInfo.InvariantCulture), 1, 1), DatePrecision.Year),
        7 => new FactDate(DateOnly.ParseExact(iso + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture), DatePrecision.Month),
        _ => new FactDate(DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture), DatePrecision.Day),
    };
}
