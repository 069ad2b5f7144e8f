using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Documents;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Relations;
using KnowledgeGraph.Extraction.Resolution;
using KnowledgeGraph.Extraction.Tagging;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// Turns one cleaned document into its facts: tokens and sentences, names, within-document entities, relations.
/// A pure function of the document and the read-only models it holds, so one instance serves every thread.
/// </summary>
public sealed class ExtractionPipeline(IEntityTagger tagger, MentionResolver resolver)
{
    /// <summary>The pipeline with the shipped gazetteer and the trained tagger, supplemented by the rules for events.</summary>
    public static ExtractionPipeline CreateDefault() =>
        new(
            new SupplementedEntityTagger(TrainedEntityTagger.CreateDefault(), new CapitalizedSpanTagger(Gazetteer.Default), Gazetteer.Default),
            new MentionResolver(Gazetteer.Default));

    public DocumentFacts Extract(Document document)
    {
        var text = AnalyzedText.Analyze(document.Text);
        var spans = tagger.Tag(text);
        var (entities, mentions) = resolver.Resolve(text, spans);
        var sentences = text.Sentences.Select(s => s.Span).ToList();
        var relations = CoMentionExtractor.Extract(mentions, sentences);
        return new DocumentFacts(document, sentences, entities, mentions, relations);
    }
}
