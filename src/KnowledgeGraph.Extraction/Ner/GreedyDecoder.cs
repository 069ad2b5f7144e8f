namespace KnowledgeGraph.Extraction.Ner;

/// <summary>
/// Tags a document left to right, one token at a time, taking the best tag the previous one allows.
/// </summary>
/// <remarks>
/// Why greedy and not Viterbi: the features that help most beyond the local window are the previous two predicted
/// tags and the prediction history of the document (what this word was tagged as earlier), and both depend on the
/// actual earlier decisions, which a Viterbi lattice over first-order transitions cannot express. Ratinov and Roth
/// (2009) measured greedy decoding within a few tenths of a point of Viterbi on CoNLL-2003 with these features, at a
/// fraction of the cost (one scoring of 17 tags per token instead of 17 × 17). The transition constraints of BILOU
/// are enforced here so greedy decoding never produces a half-open name. The same loop trains the model (with a
/// learner) and tags text (without), so training and tagging can never see different features.
/// </remarks>
public static class GreedyDecoder
{
    private const int MaxDynamicFeatures = 24;

    /// <summary>The cap on a passive-aggressive step; with margins of one it never binds on CoNLL-scale data.</summary>
    private const float Aggressiveness = 1f;

    /// <summary>
    /// Decodes <paramref name="sentences"/> into <paramref name="tags"/> (one array per sentence, filled in place).
    /// With a <paramref name="learner"/> and <paramref name="gold"/> tags, every mistake is also a perceptron update.
    /// </summary>
    public static void Decode(
        IReadOnlyList<EncodedSentence> sentences,
        ITagScorer scorer,
        NerFeatureOptions options,
        int[][] tags,
        PerceptronTrainingWeights? learner = null,
        IReadOnlyList<int[]>? gold = null)
    {
        DecodePass(sentences, scorer, options, tags, learner, gold, votes: null);
        if (options.SecondPass)
        {
            DecodePass(sentences, scorer, options, tags, learner, gold, FirstPassVotes.Of(sentences, tags));
        }
    }

    private static void DecodePass(
        IReadOnlyList<EncodedSentence> sentences,
        ITagScorer scorer,
        NerFeatureOptions options,
        int[][] tags,
        PerceptronTrainingWeights? learner,
        IReadOnlyList<int[]>? gold,
        FirstPassVotes? votes)
    {
        var history = options.History ? new PredictionHistory() : null;
        Span<float> scores = stackalloc float[NerTagSet.Count];
        Span<ulong> dynamic = stackalloc ulong[MaxDynamicFeatures];
        ulong[] joined = [];
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            var output = tags[s];
            var additive = StaticScorer(sentence, scorer, learner);
            for (var i = 0; i < sentence.Length; i++)
            {
                var tagDependent = dynamic[..AddDynamicFeatures(dynamic, sentence, i, output, history, votes)];
                ReadOnlySpan<ulong> features = default;
                if (additive is null)
                {
                    var count = Join(sentence.FeaturesOf(i), tagDependent, ref joined);
                    features = joined.AsSpan(0, count); // after Join, which may have replaced the buffer
                    scorer.Score(features, scores);
                }
                else
                {
                    // The static features' sums, then the tag-dependent features added in order: the additions
                    // scoring all of them at once would make, so the scores are the same to the last bit.
                    sentence.StaticScoresOf(i).CopyTo(scores);
                    additive.AddScores(tagDependent, scores);
                }

                var predicted = Best(scores, i > 0 ? output[i - 1] : -1, i == sentence.Length - 1);
                if (learner is not null && gold is not null)
                {
                    var expected = gold[s][i];
                    if (expected != predicted)
                    {
                        learner.Update(features, expected, predicted, scores, Aggressiveness);
                    }

                    learner.Tick();
                }

                output[i] = predicted;
            }

            history?.Remember(sentence, output);
        }
    }

    /// <summary>
    /// The scorer to add tag-dependent features with when <paramref name="sentence"/> holds only the scores of its
    /// static features (<see cref="NerFeatureExtractor.Encode(DocumentWords, IAdditiveTagScorer?)"/>); null when it
    /// holds the features. Such a sentence can only be tagged, by weights that add up: learning needs the features.
    /// </summary>
    private static IAdditiveTagScorer? StaticScorer(EncodedSentence sentence, ITagScorer scorer, PerceptronTrainingWeights? learner)
    {
        if (sentence.StaticScores is null)
        {
            return null;
        }

        return learner is null && scorer is IAdditiveTagScorer additive
            ? additive
            : throw new InvalidOperationException("A sentence encoded with its static scores can only be tagged, by the weights that scored it.");
    }

    /// <summary>
    /// Writes a token's static features followed by its tag-dependent ones to the start of <paramref name="buffer"/>
    /// (grown when too small); returns how many.
    /// </summary>
    private static int Join(ReadOnlySpan<ulong> own, ReadOnlySpan<ulong> tagDependent, ref ulong[] buffer)
    {
        if (buffer.Length < own.Length + tagDependent.Length)
        {
            buffer = new ulong[(own.Length + tagDependent.Length) * 2];
        }

        own.CopyTo(buffer);
        tagDependent.CopyTo(buffer.AsSpan(own.Length));
        return own.Length + tagDependent.Length;
    }

    /// <summary>The highest-scoring tag that may follow <paramref name="previous"/> (and, at the end, may close).</summary>
    internal static int Best(ReadOnlySpan<float> scores, int previous, bool last)
    {
        var best = -1;
        for (var tag = 0; tag < NerTagSet.Count; tag++)
        {
            if (!NerTagSet.CanFollow(previous, tag) || (last && !NerTagSet.CanEnd(tag)))
            {
                continue;
            }

            if (best < 0 || scores[tag] > scores[best])
            {
                best = tag;
            }
        }

        return best;
    }

    private static int AddDynamicFeatures(
        Span<ulong> into, EncodedSentence sentence, int i, int[] tags, PredictionHistory? history, FirstPassVotes? votes)
    {
        var previous = (ulong)(i > 0 ? tags[i - 1] : NerTagSet.Count);
        var beforePrevious = (ulong)(i > 1 ? tags[i - 2] : NerTagSet.Count);
        var count = 0;
        into[count++] = FeatureHash.Combine((ulong)FeatureTemplate.PreviousTag, previous);
        into[count++] = FeatureHash.Combine((ulong)FeatureTemplate.PreviousTags, FeatureHash.Combine(beforePrevious, previous));
        into[count++] = FeatureHash.Combine((ulong)FeatureTemplate.PreviousTagAndLower, FeatureHash.Combine(previous, sentence.NormalizedWords[i]));
        into[count++] = FeatureHash.Combine((ulong)FeatureTemplate.PreviousTagAndShape, FeatureHash.Combine(previous, sentence.Shapes[i]));
        if (history is not null && sentence.Capitalized[i])
        {
            count += history.Features(sentence.NormalizedWords[i], into[count..]);
        }

        if (votes is not null && sentence.Capitalized[i])
        {
            count += votes.Features(sentence.NormalizedWords[i], into[count..]);
        }

        return count;
    }
}
