namespace KnowledgeGraph.Extraction.Ner;

/// <summary>
/// How each word is written across one document, for the two document-level case features: a capitalised word that
/// also occurs in lower case ("Will" / "will") is likely an ordinary word, and a word in capitals that occurs in mixed
/// case outside headlines ("JAPAN" / "Japan") is likely a name.
/// </summary>
public sealed class DocumentCasing
{
    private readonly HashSet<ulong> _lowerCase = [];
    private readonly HashSet<ulong> _mixedCase = [];

    private DocumentCasing()
    {
    }

    /// <summary>
    /// Reads the casing of a document's words; <paramref name="normalizedWords"/> holds each word's
    /// <see cref="FeatureHash.OfNormalized"/> hash, which the feature extractor has computed already.
    /// </summary>
    public static DocumentCasing Of(DocumentWords words, IReadOnlyList<ulong[]> normalizedWords)
    {
        var casing = new DocumentCasing();
        for (var s = 0; s < words.SentenceCount; s++)
        {
            var sentence = words.Sentence(s);
            for (var i = 0; i < sentence.Count; i++)
            {
                var word = sentence[i];
                if (NerWordShape.IsLowerOnly(word))
                {
                    casing._lowerCase.Add(normalizedWords[s][i]);
                }
                else if (i > 0 && word.Length > 1 && char.IsUpper(word[0]) && !NerWordShape.IsUpperOnly(word))
                {
                    casing._mixedCase.Add(normalizedWords[s][i]);
                }
            }
        }

        return casing;
    }

    public bool SeenLowerCase(ulong normalizedWord) => _lowerCase.Contains(normalizedWord);

    public bool SeenMixedCase(ulong normalizedWord) => _mixedCase.Contains(normalizedWord);
}
