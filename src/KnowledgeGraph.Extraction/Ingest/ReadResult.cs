namespace KnowledgeGraph.Extraction.Ingest;

/// <summary>What one file yielded: usually one article, several for JSON Lines, and whatever went wrong.</summary>
public sealed record ReadResult(IReadOnlyList<RawArticle> Articles, IReadOnlyList<ReadProblem> Problems)
{
    public static ReadResult Of(RawArticle article) => new([article], []);

    public static ReadResult Failed(ReadProblem problem) => new([], [problem]);
}
