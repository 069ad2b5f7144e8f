namespace KnowledgeGraph.Extraction.Ner.Conll;

/// <summary>Scores a tagger's predictions for a whole CoNLL file against the file's own gold column.</summary>
public static class ConllEvaluation
{
    /// <param name="predictedTagsPerSentence">One tag list per sentence of <see cref="ConllFile.Sentences"/>, in file order.</param>
    /// <exception cref="ArgumentException">The counts do not match the file, or a sentence has no gold column to score against.</exception>
    public static ConllScores Evaluate(ConllFile file, IReadOnlyList<IReadOnlyList<string>> predictedTagsPerSentence)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(predictedTagsPerSentence);
        if (predictedTagsPerSentence.Count != file.Sentences.Count)
        {
            throw new ArgumentException(
                $"Got tags for {predictedTagsPerSentence.Count} sentences but the file has {file.Sentences.Count}.", nameof(predictedTagsPerSentence));
        }

        var scorer = new ConllScorer();
        for (var s = 0; s < file.Sentences.Count; s++)
        {
            var sentence = file.Sentences[s];
            if (sentence.GoldTags is null)
            {
                throw new ArgumentException(
                    $"Sentence {s} (line {sentence.LineIndexes[0] + 1}) has no gold tag column to score against.", nameof(file));
            }

            scorer.Add(sentence.GoldTags, predictedTagsPerSentence[s]);
        }

        return scorer.Result();
    }
}
