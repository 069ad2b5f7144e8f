namespace KnowledgeGraph.Core.Resolution;

/// <summary>A relation between graph entities within one document; weight here is <c>Evidence.Count</c>.</summary>
public sealed record ResolvedRelation(
    long SourceId,
    long TargetId,
    string Kind,
    string? Label,
    IReadOnlyList<TextSpan> Evidence);
