using System.Runtime.InteropServices;
using KnowledgeGraph.Extraction.Tagging;

namespace KnowledgeGraph.Extraction.Ner;

/// <summary>
/// Turns a document's words into the static features of every token (see <see cref="FeatureTemplate"/>). A document
/// is the unit because two feature groups look across sentences: how the same word is cased elsewhere, and (in the
/// decoder) how it was tagged earlier. Read-only and thread-safe.
/// </summary>
public sealed class NerFeatureExtractor(NerLexicons lexicons, NerFeatureOptions options)
{
    private static readonly ulong Boundary = FeatureHash.Of("<s>");

    /// <summary>Marks a word the clusters do not know, which must not read as the sentence edge <see cref="Boundary"/> does.</summary>
    private static readonly ulong Unclustered = FeatureHash.Of("<unk>");
    private static readonly IReadOnlyList<int> AffixLengths = [1, 2, 3, 4];

    public NerLexicons Lexicons => lexicons;

    public NerFeatureOptions Options => options;

    public IReadOnlyList<EncodedSentence> Encode(IReadOnlyList<IReadOnlyList<string>> sentences) => Encode(DocumentWords.Of(sentences));

    /// <summary>
    /// Encodes every sentence of a document. With <paramref name="staticScorer"/> (tagging with fixed weights), each
    /// token's static features are scored at once and only their scores are kept (<see cref="EncodedSentence.StaticScores"/>):
    /// the decoder needs nothing else of them, and seventeen floats a token take a fraction of the memory of fifty hashes.
    /// Without it (training, whose weights change), the hashes are kept.
    /// </summary>
    public IReadOnlyList<EncodedSentence> Encode(DocumentWords words, IAdditiveTagScorer? staticScorer = null)
    {
        var normalized = new ulong[words.SentenceCount][];
        for (var s = 0; s < words.SentenceCount; s++)
        {
            var sentence = words.Sentence(s);
            normalized[s] = new ulong[sentence.Count];
            for (var i = 0; i < sentence.Count; i++)
            {
                normalized[s][i] = FeatureHash.OfNormalized(sentence[i]);
            }
        }

        var casing = options.DocumentCase ? DocumentCasing.Of(words, normalized) : null;
        var matches = new List<(int List, int Start, int End)>();
        var features = new List<ulong>(256);
        var encoded = new EncodedSentence[words.SentenceCount];
        for (var s = 0; s < words.SentenceCount; s++)
        {
            encoded[s] = EncodeSentence(words.Sentence(s), normalized[s], casing, matches, features, staticScorer);
        }

        return encoded;
    }

    private EncodedSentence EncodeSentence(
        SentenceWords words,
        ulong[] normalized,
        DocumentCasing? casing,
        List<(int List, int Start, int End)> matches,
        List<ulong> features,
        IAdditiveTagScorer? staticScorer)
    {
        var n = words.Count;
        var shapes = new ulong[n];
        var capitalized = new bool[n];
        var clusters = new ulong[]?[n];
        for (var i = 0; i < n; i++)
        {
            var word = words[i];
            shapes[i] = NerWordShape.HashOf(word);
            capitalized[i] = word.Length > 0 && char.IsUpper(word[0]);
            clusters[i] = options.Clusters ? lexicons.Clusters.Find(word) : null;
        }

        matches.Clear();
        if (options.Gazetteers)
        {
            lexicons.Phrases.Match(normalized, matches);
        }

        var runEnds = options.NameRuns ? NameRunEnds(words, capitalized) : null;
        var headline = IsHeadline(words);
        var scores = staticScorer is null ? null : new float[n * NerTagSet.Count];
        var start = scores is null ? new int[n + 1] : null;
        features.Clear();
        for (var i = 0; i < n; i++)
        {
            var tokenStart = features.Count;
            if (start is not null)
            {
                start[i] = tokenStart;
            }
            var word = words[i];
            var lower = normalized[i];
            var shape = shapes[i];
            Add(features, FeatureTemplate.Bias, 0);
            Add(features, FeatureTemplate.Word, FeatureHash.Of(word));
            Add(features, FeatureTemplate.Lower, lower);
            Add(features, FeatureTemplate.Shape, shape);
            if (options.Affixes)
            {
                foreach (var length in AffixLengths)
                {
                    if (word.Length > length)
                    {
                        Add(features, FeatureTemplate.Prefix, FeatureHash.OfNormalized(word[..length]));
                        Add(features, FeatureTemplate.Suffix, FeatureHash.OfNormalized(word[^length..]));
                    }
                }
            }

            var before = i > 0 ? normalized[i - 1] : Boundary;
            var after = i + 1 < n ? normalized[i + 1] : Boundary;
            var shapeBefore = i > 0 ? shapes[i - 1] : Boundary;
            var shapeAfter = i + 1 < n ? shapes[i + 1] : Boundary;
            Add(features, FeatureTemplate.LowerAt, FeatureHash.Combine(1, before));
            Add(features, FeatureTemplate.LowerAt, FeatureHash.Combine(2, after));
            Add(features, FeatureTemplate.ShapeAt, FeatureHash.Combine(1, shapeBefore));
            Add(features, FeatureTemplate.ShapeAt, FeatureHash.Combine(2, shapeAfter));
            if (options.WideContext)
            {
                Add(features, FeatureTemplate.LowerAt, FeatureHash.Combine(3, i > 1 ? normalized[i - 2] : Boundary));
                Add(features, FeatureTemplate.LowerAt, FeatureHash.Combine(4, i + 2 < n ? normalized[i + 2] : Boundary));
                Add(features, FeatureTemplate.ShapePair, FeatureHash.Combine(1, shapeBefore, shape));
                Add(features, FeatureTemplate.ShapePair, FeatureHash.Combine(2, shape, shapeAfter));
                Add(features, FeatureTemplate.LowerPair, FeatureHash.Combine(1, before, lower));
                Add(features, FeatureTemplate.LowerPair, FeatureHash.Combine(2, lower, after));
            }

            if (i == 0)
            {
                Add(features, FeatureTemplate.SentenceStart, shape);
                Add(features, FeatureTemplate.SentenceStart, FeatureHash.Combine(1, lower));
            }

            if (headline)
            {
                Add(features, FeatureTemplate.Headline, 0);
                Add(features, FeatureTemplate.Headline, lower);
            }

            if (options.Clusters)
            {
                AddClusters(features, FeatureTemplate.Cluster, 0, clusters[i], Unclustered);
                AddClusters(features, FeatureTemplate.ClusterAt, 1, i > 0 ? clusters[i - 1] : null, i > 0 ? Unclustered : Boundary);
                AddClusters(features, FeatureTemplate.ClusterAt, 2, i + 1 < n ? clusters[i + 1] : null, i + 1 < n ? Unclustered : Boundary);
            }

            if (options.Gazetteers)
            {
                AddGazetteerFeatures(features, i, capitalized, matches);
            }

            if (runEnds is not null && runEnds[i] > i + 1)
            {
                var last = runEnds[i] - 1;
                Add(features, FeatureTemplate.NameRunEnd, normalized[last]);
                foreach (var (list, _, end) in matches)
                {
                    if (end == runEnds[i])
                    {
                        Add(features, FeatureTemplate.NameRunEnd, FeatureHash.Combine(1, (ulong)list));
                    }
                }
            }

            if (casing is not null && word.Length > 1 && capitalized[i])
            {
                if (casing.SeenLowerCase(lower))
                {
                    Add(features, FeatureTemplate.SeenLowerCase, i == 0 ? 1UL : 2UL);
                }

                if (NerWordShape.IsUpperOnly(word) && casing.SeenMixedCase(lower))
                {
                    Add(features, FeatureTemplate.SeenMixedCase, headline ? 1UL : 2UL);
                }
            }

            if (scores is not null)
            {
                var own = CollectionsMarshal.AsSpan(features)[tokenStart..];
                staticScorer!.Score(own, scores.AsSpan(i * NerTagSet.Count, NerTagSet.Count));
            }
        }

        if (start is null)
        {
            return EncodedSentence.Scored(scores!, normalized, shapes, capitalized);
        }

        start[n] = features.Count;
        return new EncodedSentence([.. features], start, normalized, shapes, capitalized);
    }

    /// <summary>
    /// The gazetteer features of token <paramref name="i"/>: for each list match covering it, the list and the token's
    /// place in the match (B, I, L, U) conjoined with its case; for each match just after or just before it, the list
    /// as a neighbour's. Matches are read in their order (by start, as <see cref="PhraseLexicon.Match"/> gives them),
    /// so the features come in the order a pass over the matches would give them.
    /// </summary>
    private static void AddGazetteerFeatures(List<ulong> features, int i, bool[] capitalized, List<(int List, int Start, int End)> matches)
    {
        foreach (var (list, start, end) in matches)
        {
            if (start > i + 1)
            {
                break; // matches come in order of their start, and none further on touches token i
            }

            if (i >= start && i < end)
            {
                var place = end - start == 1 ? 'U' : i == start ? 'B' : i == end - 1 ? 'L' : 'I';
                var cased = capitalized[i] ? 1UL : 0UL;
                features.Add(FeatureHash.Combine((ulong)FeatureTemplate.Gazetteer, FeatureHash.Combine((ulong)list, place, cased)));
                features.Add(FeatureHash.Combine((ulong)FeatureTemplate.Gazetteer, FeatureHash.Combine((ulong)list, 'A', cased)));
            }
            else if (i == start - 1)
            {
                features.Add(FeatureHash.Combine((ulong)FeatureTemplate.GazetteerAt, FeatureHash.Combine((ulong)list, 2)));
            }
            else if (i == end)
            {
                features.Add(FeatureHash.Combine((ulong)FeatureTemplate.GazetteerAt, FeatureHash.Combine((ulong)list, 1)));
            }
        }
    }

    /// <summary>
    /// For each capitalised token, the end (exclusive) of the run of capitalised words it starts or sits in, where
    /// the words that join parts of names may join two capitalised words ("Port of Rotterdam Authority", "Rio de
    /// Janeiro"; see <see cref="NameConnectors.CanJoin"/>); 0 elsewhere.
    /// </summary>
    internal static int[] NameRunEnds(SentenceWords words, bool[] capitalized)
    {
        var ends = new int[words.Count];
        var end = 0;
        for (var i = words.Count - 1; i >= 0; i--)
        {
            if (!capitalized[i])
            {
                var joins = i > 0 && i + 1 < words.Count && capitalized[i - 1] && capitalized[i + 1] && NameConnectors.CanJoin(words[i]);
                end = joins ? end : 0;
                continue;
            }

            end = end == 0 ? i + 1 : end;
            ends[i] = end;
        }

        return ends;
    }

    private static void AddClusters(List<ulong> features, FeatureTemplate template, ulong position, ulong[]? prefixes, ulong missing)
    {
        if (prefixes is null)
        {
            Add(features, template, FeatureHash.Combine(position, missing));
            return;
        }

        for (var d = 0; d < prefixes.Length; d++)
        {
            Add(features, template, FeatureHash.Combine(position, (ulong)d, prefixes[d]));
        }
    }

    /// <summary>
    /// A sentence written in capitals ("SOCCER - JAPAN GET LUCKY WIN"): at least three words with letters and none
    /// with a lower-case letter. Case says nothing there, so the model gets to know it.
    /// </summary>
    internal static bool IsHeadline(SentenceWords words)
    {
        var lettered = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (!HasLetter(word))
            {
                continue;
            }

            if (!NerWordShape.IsUpperOnly(word))
            {
                return false;
            }

            lettered++;
        }

        return lettered >= 3;
    }

    private static bool HasLetter(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(List<ulong> features, FeatureTemplate template, ulong value) =>
        features.Add(FeatureHash.Combine((ulong)template, value));
}
