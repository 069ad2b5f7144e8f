namespace KnowledgeGraph.Extraction.Ner.Conll;

/// <summary>A tag split into its position prefix and its type, the way conlleval splits it: at the first hyphen.</summary>
internal readonly record struct EntityTag(ChunkPosition Position, string Type)
{
    public const string Outside = "O";

    public static bool TryParse(string tag, out EntityTag parsed)
    {
        parsed = default;
        if (tag == Outside)
        {
            parsed = new EntityTag(ChunkPosition.Outside, "");
            return true;
        }

        // Anything else needs a one-letter prefix, a hyphen and a non-empty type; a type may itself hold hyphens.
        if (tag is null || tag.Length < 3 || tag[1] != '-')
        {
            return false;
        }

        ChunkPosition? position = tag[0] switch
        {
            'B' => ChunkPosition.Begin,
            'I' => ChunkPosition.Inside,
            'L' or 'E' => ChunkPosition.Last,
            'U' or 'S' => ChunkPosition.Unit,
            _ => null,
        };
        if (position is null)
        {
            return false;
        }

        parsed = new EntityTag(position.Value, tag[2..]);
        return true;
    }
}
