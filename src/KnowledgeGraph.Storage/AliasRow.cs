namespace KnowledgeGraph.Storage;

/// <summary>One row of the <c>aliases</c> table as Dapper reads it, shared by the readers that list an entity's forms.</summary>
internal sealed class AliasRow
{
    public long EntityId { get; init; }

    public string Alias { get; init; } = "";

    public int Count { get; init; }
}
