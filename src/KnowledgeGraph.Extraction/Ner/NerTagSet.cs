using KnowledgeGraph.Extraction.Ner.Conll;

namespace KnowledgeGraph.Extraction.Ner;

/// <summary>
/// The tagger's output classes: O plus B-, I-, L- and U- (BILOU) for each CoNLL type, as small integers so weights
/// are flat arrays. BILOU rather than IOB because it gives the model a class for "last word of a name" and "one-word
/// name", which Ratinov and Roth (2009) found worth about a point of F1 over BIO with the same features.
/// </summary>
public static class NerTagSet
{
    /// <summary>The CoNLL-2003 entity types, in the order their tags are numbered.</summary>
    public static readonly IReadOnlyList<string> Types = ["LOC", "MISC", "ORG", "PER"];

    public const int Outside = 0;

    public const int Count = 17;

    private const string Prefixes = "BILU";

    private static readonly string[] Names = BuildNames();

    public static string Name(int tag) => Names[tag];

    /// <summary>The tag's type index into <see cref="Types"/>, or -1 for O.</summary>
    public static int TypeOf(int tag) => tag == Outside ? -1 : (tag - 1) / 4;

    /// <summary>'B', 'I', 'L', 'U' or 'O'.</summary>
    public static char PrefixOf(int tag) => tag == Outside ? 'O' : Prefixes[(tag - 1) % 4];

    public static int Tag(char prefix, int type) => 1 + (type * 4) + Prefixes.IndexOf(prefix, StringComparison.Ordinal);

    /// <summary>Parses "O", "B-PER", "U-LOC"…; -1 when the name is not a BILOU tag of a known type.</summary>
    public static int Parse(string name) => Array.IndexOf(Names, name);

    /// <summary>
    /// Whether <paramref name="next"/> may follow <paramref name="previous"/> (-1 = sentence start): inside a name only
    /// I- or L- of the same type; outside one only O, B- or U-. Decoding never leaves a name half-open.
    /// </summary>
    public static bool CanFollow(int previous, int next)
    {
        var open = previous > 0 && PrefixOf(previous) is 'B' or 'I';
        if (open)
        {
            return TypeOf(next) == TypeOf(previous) && PrefixOf(next) is 'I' or 'L';
        }

        return next == Outside || PrefixOf(next) is 'B' or 'U';
    }

    /// <summary>Whether a sentence may end after <paramref name="last"/>: not inside an open name.</summary>
    public static bool CanEnd(int last) => last <= 0 || PrefixOf(last) is 'L' or 'U' or 'O';

    /// <summary>BILOU tag indexes for a sentence of <paramref name="length"/> words holding <paramref name="chunks"/>.</summary>
    /// <exception cref="InvalidDataException">A chunk's type is not one of <see cref="Types"/>.</exception>
    public static int[] FromChunks(IReadOnlyList<Chunk> chunks, int length) =>
        TagSchemes.Encode(chunks, length, TagScheme.Bilou)
            .Select(name => Parse(name) is var tag and >= 0
                ? tag
                : throw new InvalidDataException($"'{name}' is not a tag of a CoNLL-2003 entity type ({string.Join(", ", Types)})."))
            .ToArray();

    /// <summary>The names in a sentence's tag indexes, read by the same rules the scorer reads tags with.</summary>
    public static IReadOnlyList<Chunk> ToChunks(IReadOnlyList<int> tags) => ChunkReader.Chunks(tags.Select(Name).ToArray());

    private static string[] BuildNames()
    {
        var names = new string[Count];
        names[Outside] = "O";
        for (var type = 0; type < Types.Count; type++)
        {
            foreach (var prefix in Prefixes)
            {
                names[Tag(prefix, type)] = $"{prefix}-{Types[type]}";
            }
        }

        return names;
    }
}
