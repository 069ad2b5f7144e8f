namespace KnowledgeGraph.Extraction.Ner.Conll;

/// <summary>
/// What a tag's prefix says about its token's place in a chunk. BILOU's L-/U- and IOBES's E-/S- mean the
/// same thing, so they share a value and every scheme is read by one rule.
/// </summary>
internal enum ChunkPosition
{
    Outside,
    Begin,
    Inside,
    Last,
    Unit,
}
