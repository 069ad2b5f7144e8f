namespace KnowledgeGraph.Extraction.Relations;

/// <summary>A verb group read after a subject: the token after it, and whether it states a plan rather than a fact.</summary>
internal readonly record struct Predicate(int End, bool Future);
