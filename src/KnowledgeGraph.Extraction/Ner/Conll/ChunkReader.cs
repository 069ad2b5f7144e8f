namespace KnowledgeGraph.Extraction.Ner.Conll;

/// <summary>
/// Reads the chunks out of one sentence's tags with conlleval's boundary rules, which accept IOB1, IOB2,
/// BILOU and IOBES alike and never reject a sequence that breaks its scheme's rules (a stray I- after O,
/// a type change inside an I- run): scoring must count whatever a tagger produced, the way conlleval does.
/// </summary>
public static class ChunkReader
{
    /// <exception cref="FormatException">A tag is neither O nor a B-, I-, L-, E-, U- or S- prefix before a type.</exception>
    public static IReadOnlyList<Chunk> Chunks(IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var chunks = new List<Chunk>();
        var openStart = -1;
        var openType = "";
        var previous = ChunkPosition.Outside;
        for (var i = 0; i < tags.Count; i++)
        {
            if (!EntityTag.TryParse(tags[i], out var tag))
            {
                throw new FormatException($"Tag '{tags[i]}' at token {i} is not O or a B-, I-, L-, E-, U- or S- prefix before a type.");
            }

            // This is the whole of conlleval's rule: a token extends the open chunk only if the token before was a
            // B- or I- (so the chunk has not ended), this one is an I- or a last-of-chunk tag (so it does not begin
            // another) and the type is the same. Every other tagged token begins a chunk of its own.
            var continues = openStart >= 0
                && previous is ChunkPosition.Begin or ChunkPosition.Inside
                && tag.Position is ChunkPosition.Inside or ChunkPosition.Last
                && tag.Type == openType;
            if (!continues)
            {
                if (openStart >= 0)
                {
                    chunks.Add(new Chunk(openStart, i, openType));
                    openStart = -1;
                }

                if (tag.Position != ChunkPosition.Outside)
                {
                    openStart = i;
                    openType = tag.Type;
                }
            }

            previous = tag.Position;
        }

        // Chunks end with their sentence: the state is never carried into the next one.
        if (openStart >= 0)
        {
            chunks.Add(new Chunk(openStart, tags.Count, openType));
        }

        return chunks;
    }
}
