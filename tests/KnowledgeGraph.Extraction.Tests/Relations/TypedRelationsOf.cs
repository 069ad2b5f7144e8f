using KnowledgeGraph.Core.Documents;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Relations;

namespace KnowledgeGraph.Extraction.Tests.Relations;

/// <summary>
/// Runs the real pipeline over an invented article for its entities and mentions, then the typed relation extractor,
/// and names both ends so tests read like the sentence they check.
/// </summary>
internal static class TypedRelationsOf
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();
    private static readonly TypedRelationExtractor Extractor = new(Gazetteer.Default);

    public static (DocumentFacts Facts, IReadOnlyList<LocalRelation> Relations) Extract(string text)
    {
        var facts = Pipeline.Extract(new Document("invented.txt", "Invented", null, null, null, null, null, text, ContentHash.Of(text)));
        return (facts, Extractor.Extract(AnalyzedText.Analyze(text), facts.Entities, facts.Mentions));
    }

    /// <summary>Every relation as (source name, kind, label, target name).</summary>
    public static IReadOnlyList<(string Source, string Kind, string? Label, string Target)> Named(string text)
    {
        var (facts, relations) = Extract(text);
        return relations.Select(r => (facts.Entities[r.SourceId].Name, r.Kind, r.Label, facts.Entities[r.TargetId].Name)).ToList();
    }

    /// <summary>The relations of one kind as (source name, label, target name).</summary>
    public static IReadOnlyList<(string Source, string? Label, string Target)> Named(string text, string kind) =>
        Named(text).Where(r => r.Kind == kind).Select(r => (r.Source, r.Label, r.Target)).ToList();

    /// <summary>The two names of each symmetric relation of one kind, in alphabetical order whatever the stored order.</summary>
    public static IReadOnlyList<(string First, string Second)> Pairs(string text, string kind) =>
        Named(text, kind)
            .Select(r => string.CompareOrdinal(r.Source, r.Target) < 0 ? (r.Source, r.Target) : (r.Target, r.Source))
            .ToList();

    /// <summary>
    /// Fails unless the pipeline found every one of <paramref name="names"/> as an entity, so that a test expecting no
    /// relation between them fails for the right reason only.
    /// </summary>
    public static void AssertEntities(string text, params string[] names)
    {
        var found = Extract(text).Facts.Entities.Select(e => e.Name).ToList();
        Assert.All(names, name => Assert.Contains(name, found));
    }
}
