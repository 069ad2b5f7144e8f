using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Documents;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Extraction.Events;
using KnowledgeGraph.Extraction.Facts;
using KnowledgeGraph.Extraction.Quotes;
using KnowledgeGraph.Extraction.Time;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Relations;
using KnowledgeGraph.Extraction.Resolution;
using KnowledgeGraph.Extraction.Tagging;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// Turns one cleaned document into its facts: tokens and sentences, names, within-document entities, relations.
/// A pure function of the document and the read-only models it holds, so one instance serves every thread.
/// </summary>
/// <param name="tagger">Finds the names.</param>
/// <param name="resolver">Clusters the names into the document's entities.</param>
/// <param name="version">Stamped on the facts; <see cref="CurrentVersion"/> except in tests of re-extraction.</param>
public sealed class ExtractionPipeline(IEntityTagger tagger, MentionResolver resolver, int version = ExtractionPipeline.CurrentVersion)
{
    /// <summary>
    /// The version of the extraction this code performs, stored with every document. Raise it with every change that
    /// changes the facts of some article (rules, word lists, the model), so that <c>kg ingest --reprocess</c> knows
    /// which stored documents to re-extract. 1 is everything before versions were stored.
    /// </summary>
    public const int CurrentVersion = 2;

    /// <summary>The version stamped on the facts this pipeline makes.</summary>
    public int Version => version;

    /// <summary>The pipeline with the shipped gazetteer and the trained tagger, supplemented by the rules for events.</summary>
    public static ExtractionPipeline CreateDefault() =>
        new(
            new SupplementedEntityTagger(TrainedEntityTagger.CreateDefault(), new CapitalizedSpanTagger(Gazetteer.Default), Gazetteer.Default),
            new MentionResolver(Gazetteer.Default));

    private readonly TypedRelationExtractor _typedRelations = new(Gazetteer.Default);
    private readonly QuoteExtractor _quotes = new(Gazetteer.Default);
    private readonly EventExtractor _events = new(Gazetteer.Default);

    public DocumentFacts Extract(Document document)
    {
        var text = AnalyzedText.Analyze(document.Text);
        var spans = tagger.Tag(text);
        var (entities, mentions) = resolver.Resolve(text, spans);
        var sentences = text.Sentences.Select(s => s.Span).ToList();
        var relations = new List<LocalRelation>(CoMentionExtractor.Extract(mentions, sentences));
        relations.AddRange(_typedRelations.Extract(text, entities, mentions));
        var quotes = _quotes.Extract(text, entities, mentions);
        var (reference, times) = ReferenceDate.Resolve(document, text);
        var detected = _events.Extract(text, entities, mentions, times);
        var floating = reference is null
            ? FloatingEventDates.For(text, detected, readings => _events.Extract(text, entities, mentions, readings))
            : new FloatingDate?[detected.Count];

        // Events and byline nodes come after co-mention, so they are linked by what they are, not by sharing a sentence.
        var graph = new GrowingEntityList(entities, mentions);
        var (events, eventRelations) = EventNodes.Add(text, detected, floating, mentions, graph);
        relations.AddRange(eventRelations);
        relations.AddRange(BylineAuthorship.Add(document, text, graph));
        return new DocumentFacts(document, sentences, graph.Entities, graph.Mentions, relations)
        {
            ExtractorVersion = version,
            Events = events,
            Quotes = quotes,
            ReferenceDate = reference,
        };
    }
}
