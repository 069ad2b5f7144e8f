namespace KnowledgeGraph.Export.Tests;

/// <summary>What an export says about a graph, as its reader sees it.</summary>
internal sealed record ReadBackGraph(IReadOnlyList<ReadBackNode> Nodes, IReadOnlyList<ReadBackEdge> Edges);

/// <param name="Aliases">The aliases joined as <see cref="DisplayText.Aliases"/> joins them; null when there are none.</param>
/// <param name="EventType">The event type of an event node; null when the file has none.</param>
/// <param name="EventDate">The ISO event date of an event node; null when the file has none.</param>
internal sealed record ReadBackNode(string Id, string Label, string? Aliases, string? EventType, string? EventDate);

/// <param name="EvidenceCount">The evidence count, parsed as the integer its format declares.</param>
internal sealed record ReadBackEdge(string Id, string Source, string Target, string Label, string? Evidence, int EvidenceCount);
