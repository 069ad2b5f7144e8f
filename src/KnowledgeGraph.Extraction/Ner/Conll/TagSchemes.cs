namespace KnowledgeGraph.Extraction.Ner.Conll;

/// <summary>Spells chunks as tags in a chosen scheme, and so converts tags between schemes through their chunks.</summary>
public static class TagSchemes
{
    /// <summary>The tags of a sentence of <paramref name="length"/> tokens holding <paramref name="chunks"/> (in any order).</summary>
    /// <exception cref="ArgumentException">A chunk is empty, has no type, lies outside the sentence or overlaps another.</exception>
    public static string[] Encode(IReadOnlyList<Chunk> chunks, int length, TagScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        var tags = new string[length];
        Array.Fill(tags, EntityTag.Outside);
        Chunk? previous = null;
        foreach (var chunk in chunks.OrderBy(c => c.Start))
        {
            Check(chunk, previous, length);

            // IOB1 needs B- exactly where reading I- would merge this chunk into the one just before it.
            var touchesSameType = previous is { } p && p.End == chunk.Start && p.Type == chunk.Type;
            for (var i = chunk.Start; i < chunk.End; i++)
            {
                tags[i] = Prefix(scheme, chunk, i, touchesSameType) + "-" + chunk.Type;
            }

            previous = chunk;
        }

        return tags;
    }

    /// <summary>Re-spells a sentence's tags in <paramref name="to"/>, keeping the chunks conlleval would read from them.</summary>
    public static string[] Convert(IReadOnlyList<string> tags, TagScheme to) => Encode(ChunkReader.Chunks(tags), tags.Count, to);

    private static char Prefix(TagScheme scheme, Chunk chunk, int token, bool touchesSameType)
    {
        var first = token == chunk.Start;
        return scheme switch
        {
            TagScheme.Iob1 => first && touchesSameType ? 'B' : 'I',
            TagScheme.Iob2 => first ? 'B' : 'I',
            TagScheme.Bilou when chunk.Length == 1 => 'U',
            TagScheme.Bilou => first ? 'B' : token == chunk.End - 1 ? 'L' : 'I',
            _ => throw new ArgumentOutOfRangeException(nameof(scheme), scheme, "Unknown tag scheme."),
        };
    }

    private static void Check(Chunk chunk, Chunk? previous, int length)
    {
        if (chunk.Start < 0 || chunk.End > length || chunk.Start >= chunk.End)
        {
            throw new ArgumentException($"Chunk {chunk} is empty or lies outside a sentence of {length} tokens.", "chunks");
        }

        if (string.IsNullOrEmpty(chunk.Type))
        {
            throw new ArgumentException($"Chunk {chunk} has no type.", "chunks");
        }

        if (previous is { } p && p.End > chunk.Start)
        {
            throw new ArgumentException($"Chunks {p} and {chunk} overlap.", "chunks");
        }
    }
}
