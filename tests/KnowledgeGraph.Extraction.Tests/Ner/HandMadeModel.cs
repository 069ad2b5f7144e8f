using KnowledgeGraph.Extraction.Ner;

namespace KnowledgeGraph.Extraction.Tests.Ner;

/// <summary>Models whose few weights are written by hand, so what they tag is known exactly.</summary>
internal static class HandMadeModel
{
    public static ulong Feature(FeatureTemplate template, ulong value) => FeatureHash.Combine((ulong)template, value);

    /// <summary>The Word feature of <paramref name="word"/> as written.</summary>
    public static ulong Word(string word) => Feature(FeatureTemplate.Word, FeatureHash.Of(word));

    /// <summary>A model for <paramref name="lexicons"/> whose only non-zero weights are the ones listed.</summary>
    public static NerModel With(NerLexicons lexicons, NerFeatureOptions options, params (ulong Feature, string Tag, float Weight)[] weights)
    {
        var rows = new Dictionary<ulong, int>();
        var values = new List<float>();
        foreach (var (feature, tag, weight) in weights)
        {
            if (!rows.TryGetValue(feature, out var row))
            {
                row = rows.Count;
                rows.Add(feature, row);
                values.AddRange(new float[NerTagSet.Count]);
            }

            var index = NerTagSet.Parse(tag);
            Assert.True(index >= 0, $"{tag} is not a tag");
            values[(row * NerTagSet.Count) + index] = weight;
        }

        return new NerModel(new NerWeights(rows, [.. values]), options, lexicons.Fingerprint, "hand-made");
    }
}
