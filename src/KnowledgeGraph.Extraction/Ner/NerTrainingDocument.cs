using KnowledgeGraph.Extraction.Ner.Conll;

namespace KnowledgeGraph.Extraction.Ner;

/// <summary>One annotated document for training or tuning: its sentences' words and gold BILOU tag indexes.</summary>
public sealed record NerTrainingDocument(IReadOnlyList<IReadOnlyList<string>> Sentences, IReadOnlyList<int[]> GoldTags)
{
    /// <summary>The documents of a CoNLL file whose last column holds gold tags in any IOB or BILOU scheme.</summary>
    /// <exception cref="InvalidDataException">A sentence has no tag column.</exception>
    public static IReadOnlyList<NerTrainingDocument> FromConll(ConllFile file) =>
        file.Documents.Select(document => new NerTrainingDocument(
            document.Sentences.Select(s => s.Words).ToList(),
            document.Sentences.Select(GoldOf).ToList())).ToList();

    private static int[] GoldOf(ConllSentence sentence)
    {
        if (sentence.GoldTags is null)
        {
            throw new InvalidDataException($"Line {sentence.LineIndexes[0] + 1} has no tag column; training and evaluation need gold tags.");
        }

        return NerTagSet.FromChunks(ChunkReader.Chunks(sentence.GoldTags), sentence.Words.Count);
    }
}
