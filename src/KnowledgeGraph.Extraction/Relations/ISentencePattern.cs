namespace KnowledgeGraph.Extraction.Relations;

/// <summary>A family of relation patterns read inside one sentence; each writes what it finds to the sink.</summary>
internal interface ISentencePattern
{
    void Find(FramedSentence sentence, RelationSink sink);
}
