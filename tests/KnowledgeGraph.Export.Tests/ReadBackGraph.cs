namespace KnowledgeGraph.Export.Tests;

/// <summary>What an export says about a graph, as its reader sees it.</summary>
internal sealed record ReadBackGraph(IReadOnlyList<ReadBackNode> Nodes, IReadOnlyList<ReadBackEdge> Edges);

/// <param name="Aliases">The aliases joined as <see cref="DisplayText.Aliases"/> joins them; null when there are none.</param>
internal sealed record ReadBackNode(string Id, string Label, string? Aliases);

internal sealed record ReadBackEdge(string Id, string Source, string Target, string Label, string? Evidence);
