using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Documents;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Extraction.Names;

namespace KnowledgeGraph.Extraction.Facts;

/// <summary>
/// author_of relations from the byline: each person it names → the outlet that published the article, or, when the
/// article does not say its outlet, a node for the article itself (kind other, named by its headline). Authors and
/// outlets are the same nodes as when the text names them, so a reporter quoted elsewhere is one person.
/// </summary>
internal static class BylineAuthorship
{
    private static readonly string[] AuthorSeparators = [" and ", " & ", ", ", ";"];

    public static IReadOnlyList<LocalRelation> Add(Document document, AnalyzedText text, GrowingEntityList graph)
    {
        if (string.IsNullOrWhiteSpace(document.Byline))
        {
            return [];
        }

        var authors = document.Byline
            .Split(AuthorSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(name => name.Contains(' ', StringComparison.Ordinal))
            .Select(name => FindOrAdd(graph, EntityKind.Person, name))
            .Distinct()
            .ToList();
        if (authors.Count == 0)
        {
            return [];
        }

        var work = string.IsNullOrWhiteSpace(document.Source)
            ? graph.Add(EntityKind.Other, ArticleName(document), ["article:" + document.ContentHash], 1, mention: null)
            : FindOrAdd(graph, EntityKind.Organization, document.Source.Trim());
        return authors
            .Select(author => new LocalRelation(author, work, RelationKinds.AuthorOf, null, [Evidence(author, text, graph)]))
            .ToList();
    }

    /// <summary>The entity of this kind the document already has under that name or alias, else a new one.</summary>
    private static int FindOrAdd(GrowingEntityList graph, EntityKind kind, string name)
    {
        var folded = NameKey.Fold(name);
        var known = graph.Entities.FirstOrDefault(e => e.Kind == kind
            && (NameKey.Fold(e.Name) == folded || e.Aliases.Any(a => NameKey.Fold(a.Alias) == folded)));
        return known?.Id ?? graph.Add(kind, name, [NameKey.For(kind, name)], 1, mention: null);
    }

    private static string ArticleName(Document document) =>
        string.IsNullOrWhiteSpace(document.Title) ? document.Path : $"Article: {document.Title}";

    /// <summary>The sentence where the author is first named (the byline line), else the first sentence.</summary>
    private static TextSpan Evidence(int author, AnalyzedText text, GrowingEntityList graph)
    {
        var first = graph.Mentions.FirstOrDefault(m => m.EntityId == author);
        return text.Sentences.Count == 0 ? new TextSpan(0, text.Text.Length) : text.Sentences[first?.Sentence ?? 0].Span;
    }
}
