namespace KnowledgeGraph.Extraction.Ner.Conll;

/// <summary>An entity chunk of a sentence: tokens <c>[Start, End)</c>, half-open like every span in the project, and its type ("PER").</summary>
public readonly record struct Chunk(int Start, int End, string Type)
{
    public int Length => End - Start;
}
