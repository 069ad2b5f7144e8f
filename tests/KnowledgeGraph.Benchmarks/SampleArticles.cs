using KnowledgeGraph.Extraction.Ingest;

namespace KnowledgeGraph.Benchmarks;

/// <summary>The texts of the bundled <c>samples/</c> articles, read the way ingest reads them.</summary>
internal static class SampleArticles
{
    public static IReadOnlyList<string> Texts()
    {
        var problems = new List<ReadProblem>();
        var texts = ArticleSource.ExpandPaths([RepositoryLayout.Samples], problems)
            .SelectMany(path => ArticleSource.ReadFile(path).Articles)
            .Select(article => article.Text)
            .ToList();
        return texts.Count > 0 ? texts : throw new InvalidOperationException($"No articles could be read under {RepositoryLayout.Samples}.");
    }
}
