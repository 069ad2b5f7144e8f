using KnowledgeGraph.Core.Facts;

namespace KnowledgeGraph.Core.Resolution;

/// <summary>A quotation with its speaker's graph id (null when the text names nobody it can be tied to).</summary>
public sealed record ResolvedQuote(long? SpeakerId, LocalQuote Quote);
