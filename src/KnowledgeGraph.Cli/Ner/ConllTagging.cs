using KnowledgeGraph.Extraction.Ner;
using KnowledgeGraph.Extraction.Ner.Conll;

namespace KnowledgeGraph.Cli.Ner;

/// <summary>
/// Tags a CoNLL file one -DOCSTART- block at a time, so the document-level features (prediction history, how a word
/// is written elsewhere) see the whole document, and spells the tags in the scheme asked for.
/// </summary>
internal static class ConllTagging
{
    /// <returns>One tag list per sentence of <see cref="ConllFile.Sentences"/>, in file order, as
    /// <see cref="ConllFile.WriteWithPredictions"/> and <see cref="ConllEvaluation.Evaluate"/> take them.</returns>
    public static IReadOnlyList<IReadOnlyList<string>> Tag(NerTagger tagger, ConllFile file, TagScheme scheme)
    {
        var tags = new List<IReadOnlyList<string>>(file.Sentences.Count);
        foreach (var document in file.Documents)
        {
            var predicted = tagger.Tag(document.Sentences.Select(sentence => sentence.Words).ToList());
            tags.AddRange(predicted.Select(sentence => TagSchemes.Convert(sentence.Select(NerTagSet.Name).ToArray(), scheme)));
        }

        return tags;
    }
}
