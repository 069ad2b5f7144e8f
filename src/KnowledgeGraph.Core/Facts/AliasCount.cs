namespace KnowledgeGraph.Core.Facts;

/// <summary>A surface form of an entity and how many times it occurred.</summary>
public readonly record struct AliasCount(string Alias, int Count);
