using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Documents;
using KnowledgeGraph.Core.Facts;

namespace KnowledgeGraph.Extraction.Tests.Facts;

/// <summary>
/// Facts of an invented article from the shipped pipeline, which is the only way to reach the internal stages that add
/// event and byline nodes. Asserts look entities up by name and kind, so that they say what they expect in words.
/// </summary>
internal static class InventedArticle
{
    private static readonly Lazy<ExtractionPipeline> Pipeline = new(ExtractionPipeline.CreateDefault);

    public static Document Document(
        string text, DateOnly? published = null, string? byline = null, string? source = null, string title = "Harbour talks", string path = "invented.txt") =>
        new(path, title, source, null, published, byline, null, text, ContentHash.Of(text));

    public static DocumentFacts Extract(
        string text, DateOnly? published = null, string? byline = null, string? source = null, string title = "Harbour talks", string path = "invented.txt") =>
        Pipeline.Value.Extract(Document(text, published, byline, source, title, path));

    /// <summary>The one entity of <paramref name="kind"/> called <paramref name="name"/>; fails with what the pipeline found.</summary>
    public static LocalEntity Entity(this DocumentFacts facts, EntityKind kind, string name)
    {
        var found = facts.Entities.Where(e => e.Kind == kind && e.Name == name).ToList();
        Assert.True(
            found.Count == 1,
            $"Expected one {kind} '{name}'; the pipeline found: {string.Join(", ", facts.Entities.Select(e => $"{e.Kind} {e.Name}"))}");
        return found[0];
    }

    /// <summary>The one event of <paramref name="type"/>; fails with the events found.</summary>
    public static LocalEvent Event(this DocumentFacts facts, string type)
    {
        var found = facts.Events.Where(e => e.EventType == type).ToList();
        Assert.True(
            found.Count == 1,
            $"Expected one {type} event; the pipeline found: {string.Join(", ", facts.Events.Select(e => $"{e.EventType} {facts.Entities[e.EntityId].Name}"))}");
        return found[0];
    }

    public static IReadOnlyList<LocalRelation> RelationsOfKind(this DocumentFacts facts, string kind) =>
        [.. facts.Relations.Where(r => r.Kind == kind)];
}
