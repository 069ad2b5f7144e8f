using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Documents;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Quotes;

namespace KnowledgeGraph.Extraction.Tests.Quotes;

/// <summary>
/// An invented article run through the real pipeline (so entities and mentions are the tagger's and resolver's), then
/// through <see cref="QuoteExtractor"/> on <see cref="AnalyzedText.Analyze"/> of the same text, with helpers that name
/// speakers instead of ids.
/// </summary>
internal sealed class QuotedArticle
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();
    private static readonly QuoteExtractor Extractor = new(Gazetteer.Default);

    private QuotedArticle(string text)
    {
        Text = text;
        var document = new Document("invented.txt", "Invented", null, null, new DateOnly(2026, 3, 4), null, null, text, ContentHash.Of(text));
        Facts = Pipeline.Extract(document);
        Quotes = Extractor.Extract(AnalyzedText.Analyze(document.Text), Facts.Entities, Facts.Mentions);
    }

    public string Text { get; }

    public DocumentFacts Facts { get; }

    public IReadOnlyList<LocalQuote> Quotes { get; }

    public static QuotedArticle Of(params string[] paragraphs) => new(string.Join("\n", paragraphs));

    /// <summary>The quote whose text starts with <paramref name="opening"/>; fails when there is none.</summary>
    public LocalQuote QuoteStarting(string opening) =>
        Quotes.SingleOrDefault(q => q.Text.StartsWith(opening, StringComparison.Ordinal))
        ?? throw new Xunit.Sdk.XunitException($"No quote starts with '{opening}'. Found: {Describe()}");

    /// <summary>The person entity whose name ends with <paramref name="surname"/>; fails when the pipeline did not find one.</summary>
    public LocalEntity Person(string surname) => Entity(surname, EntityKind.Person);

    public LocalEntity Entity(string nameEnd, EntityKind kind) =>
        Facts.Entities.SingleOrDefault(e => e.Kind == kind && e.Name.EndsWith(nameEnd, StringComparison.Ordinal))
        ?? throw new Xunit.Sdk.XunitException(
            $"The pipeline found no {kind} '{nameEnd}'. Entities: {string.Join("; ", Facts.Entities.Select(e => $"{e.Kind} {e.Name}"))}");

    /// <summary>The name of a quote's speaker, or null.</summary>
    public string? SpeakerOf(LocalQuote quote) => quote.SpeakerId is { } id ? Facts.Entities[id].Name : null;

    public string Describe() => string.Join(" | ", Quotes.Select(q => $"[{SpeakerOf(q) ?? "-"}] {q.Text}"));
}
