namespace KnowledgeGraph.Cli.Tests.Resolution;

/// <summary>
/// One entity row of a graph as <see cref="ResolutionScorer"/> sees it: its kind, the text of each of its mentions
/// (duplicates allowed), and the names it is stored under besides (canonical name, rows of the aliases table), which
/// only the precision figure looks at.
/// </summary>
internal sealed record GraphNode(long Id, string Kind, IReadOnlyList<string> MentionTexts, string Name = "", IReadOnlyList<string>? StoredNames = null)
{
    public override string ToString() => $"#{Id} {Kind} \"{Name}\"";
}
