namespace KnowledgeGraph.Core;

/// <summary>What a node stands for. The storage names are part of the public SQLite contract.</summary>
public enum EntityKind
{
    Person,
    Organization,
    Place,
    Event,
    Other,
}
