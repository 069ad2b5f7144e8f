using KnowledgeGraph.Core.Facts;

namespace KnowledgeGraph.Core.Resolution;

/// <summary>A mention attached to its graph entity.</summary>
public sealed record ResolvedMention(long EntityId, Mention Mention);
