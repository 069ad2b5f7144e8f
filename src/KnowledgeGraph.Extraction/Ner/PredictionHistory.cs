namespace KnowledgeGraph.Extraction.Ner;

/// <summary>
/// What each capitalised word has been tagged as so far in the document (Ratinov and Roth's "extended prediction
/// history"): the second "Rubio" of an article is a person because the first one was, even where its own context is
/// thin. Counts are by entity type, whatever the word's place in its name.
/// </summary>
public sealed class PredictionHistory
{
    private readonly Dictionary<ulong, (int Mask, int Last)> _seen = [];

    /// <summary>Writes the history features of a word into <paramref name="into"/>; returns how many.</summary>
    public int Features(ulong normalizedWord, Span<ulong> into)
    {
        if (!_seen.TryGetValue(normalizedWord, out var seen))
        {
            return 0;
        }

        var count = 0;
        for (var type = 0; type <= NerTagSet.Types.Count; type++)
        {
            if ((seen.Mask & (1 << type)) != 0)
            {
                into[count++] = FeatureHash.Combine((ulong)FeatureTemplate.History, (ulong)type);
            }
        }

        into[count++] = FeatureHash.Combine((ulong)FeatureTemplate.HistoryLast, (ulong)seen.Last);
        return count;
    }

    /// <summary>Records the tags just given to a sentence's capitalised words (type index, or 4 for O).</summary>
    public void Remember(EncodedSentence sentence, int[] tags)
    {
        for (var i = 0; i < sentence.Length; i++)
        {
            if (!sentence.Capitalized[i])
            {
                continue;
            }

            var type = NerTagSet.TypeOf(tags[i]);
            var slot = type < 0 ? NerTagSet.Types.Count : type;
            _seen.TryGetValue(sentence.NormalizedWords[i], out var seen);
            _seen[sentence.NormalizedWords[i]] = (seen.Mask | (1 << slot), slot);
        }
    }
}
