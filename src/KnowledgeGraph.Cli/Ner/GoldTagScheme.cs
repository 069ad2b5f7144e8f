using KnowledgeGraph.Extraction.Ner.Conll;

namespace KnowledgeGraph.Cli.Ner;

/// <summary>
/// Which scheme a file's gold column is spelled in. conlleval's token accuracy compares tags as strings, so
/// predictions must be spelled the same way before scoring: I-PER against B-PER is a wrong token even where the
/// chunks agree. Chunk precision, recall and F1 do not depend on it.
/// </summary>
internal static class GoldTagScheme
{
    /// <summary>
    /// BILOU if some chunk ends with an L- or E- tag or is a U- or S- tag; IOB1 if some chunk opens with I- (at the
    /// start of a sentence or after O or another type), as in the original CoNLL-2003 files; otherwise IOB2.
    /// </summary>
    /// <remarks>
    /// The chunks are read by <see cref="ChunkReader"/>, so what counts as opening or closing a chunk is exactly what
    /// the scorer will count; only the prefix letter of a chunk's first and last tag is looked at here. Every L-, E-,
    /// U- and S- tag is one of those: the reader never lets a chunk run on past one.
    /// </remarks>
    /// <exception cref="FormatException">A tag is neither O nor a prefix before a type (<see cref="ChunkReader.Chunks"/>).</exception>
    public static TagScheme Of(IEnumerable<IReadOnlyList<string>> goldSentences)
    {
        var opensWithInside = false;
        foreach (var tags in goldSentences)
        {
            foreach (var chunk in ChunkReader.Chunks(tags))
            {
                var first = tags[chunk.Start][0];
                var last = tags[chunk.End - 1][0];
                if (first is 'U' or 'S' || last is 'L' or 'E')
                {
                    return TagScheme.Bilou;
                }

                opensWithInside |= first == 'I';
            }
        }

        return opensWithInside ? TagScheme.Iob1 : TagScheme.Iob2;
    }
}
