using KnowledgeGraph.Extraction.Ner.Conll;

namespace KnowledgeGraph.Cli.Pipeline;

/// <summary>
/// Which scheme a file's gold column is spelled in. conlleval's token accuracy compares tags as strings, so
/// predictions must be spelled the same way before scoring: I-PER against B-PER is a wrong token even where the
/// chunks agree. Chunk precision, recall and F1 do not depend on it.
/// </summary>
internal static class GoldTagScheme
{
    /// <summary>
    /// BILOU if any tag is an L-, U-, E- or S- tag; IOB1 if some chunk opens with I- (at the start of a sentence or
    /// after O or another type), as in the original CoNLL-2003 files; otherwise IOB2.
    /// </summary>
    public static TagScheme Of(IEnumerable<IReadOnlyList<string>> goldSentences)
    {
        var opensWithInside = false;
        foreach (var tags in goldSentences)
        {
            for (var i = 0; i < tags.Count; i++)
            {
                var tag = tags[i];
                if (tag.Length > 2 && tag[1] == '-' && tag[0] is 'L' or 'U' or 'E' or 'S')
                {
                    return TagScheme.Bilou;
                }

                if (tag.StartsWith("I-", StringComparison.Ordinal) && (i == 0 || TypeOf(tags[i - 1]) != TypeOf(tag)))
                {
                    opensWithInside = true;
                }
            }
        }

        return opensWithInside ? TagScheme.Iob1 : TagScheme.Iob2;
    }

    private static string TypeOf(string tag) => tag.Length > 2 && tag[1] == '-' ? tag[2..] : string.Empty;
}
