using KnowledgeGraph.Extraction.Ner.Conll;

namespace KnowledgeGraph.Extraction.Tests.Ner.Conll;

public class ConllEvaluationTests
{
    [Fact]
    public void Predictions_are_scored_against_the_files_last_column()
    {
        // Gold PER [0,2) and LOC [0,1) in the next sentence; the prediction finds the person and calls Lima an ORG:
        // 2 gold, 2 predicted, 1 correct; tokens: 3 of 4 right.
        var file = ConllFile.Parse("-DOCSTART- -X- -X- O\n\nAna NNP I-PER\nRuiz NNP I-PER\nsailed VBD O\n\nLima NNP I-LOC\n");

        var scores = ConllEvaluation.Evaluate(file, [["I-PER", "I-PER", "O"], ["I-ORG"]]);

        Assert.Equal(new ChunkScore(2, 2, 1), scores.Overall);
        Assert.Equal((4, 3), (scores.Tokens, scores.CorrectTokens));
    }

    [Fact]
    public void A_file_without_gold_tags_cannot_be_scored() =>
        Assert.Throws<ArgumentException>(() => ConllEvaluation.Evaluate(ConllFile.Parse("Ana\n"), [["I-PER"]]));

    [Fact]
    public void The_wrong_number_of_sentences_is_refused() =>
        Assert.Throws<ArgumentException>(() => ConllEvaluation.Evaluate(ConllFile.Parse("Ana I-PER\n"), []));
}
