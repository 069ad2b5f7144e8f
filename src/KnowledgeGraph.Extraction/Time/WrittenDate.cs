namespace KnowledgeGraph.Extraction.Time;

/// <summary>A calendar date and where it is written in a text: the half-open span [Start, End).</summary>
public readonly record struct WrittenDate(DateOnly Date, int Start, int End)
{
    public int Length => End - Start;
}
