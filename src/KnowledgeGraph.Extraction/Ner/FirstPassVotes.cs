namespace KnowledgeGraph.Extraction.Ner;

/// <summary>
/// The types the first decoding pass gave each capitalised word anywhere in the document, read by the second pass.
/// Unlike <see cref="PredictionHistory"/> it also looks forward, which is what a headline in capitals needs: its
/// words are explained only by the body below it.
/// </summary>
public sealed class FirstPassVotes
{
    private readonly Dictionary<ulong, int[]> _counts = [];

    private FirstPassVotes()
    {
    }

    public static FirstPassVotes Of(IReadOnlyList<EncodedSentence> sentences, int[][] tags)
    {
        var votes = new FirstPassVotes();
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            for (var i = 0; i < sentence.Length; i++)
            {
                if (!sentence.Capitalized[i])
                {
                    continue;
                }

                if (!votes._counts.TryGetValue(sentence.NormalizedWords[i], out var counts))
                {
                    counts = new int[NerTagSet.Types.Count + 1];
                    votes._counts.Add(sentence.NormalizedWords[i], counts);
                }

                var type = NerTagSet.TypeOf(tags[s][i]);
                counts[type < 0 ? NerTagSet.Types.Count : type]++;
            }
        }

        return votes;
    }

    /// <summary>One feature per type the word received, and one for the type it received most often.</summary>
    public int Features(ulong normalizedWord, Span<ulong> into)
    {
        if (!_counts.TryGetValue(normalizedWord, out var counts))
        {
            return 0;
        }

        var count = 0;
        var majority = 0;
        for (var type = 0; type < counts.Length; type++)
        {
            if (counts[type] > 0)
            {
                into[count++] = FeatureHash.Combine((ulong)FeatureTemplate.FirstPassVote, (ulong)type);
            }

            majority = counts[type] > counts[majority] ? type : majority;
        }

        into[count++] = FeatureHash.Combine((ulong)FeatureTemplate.FirstPassVote, 100UL + (ulong)majority);
        return count;
    }
}
