using KnowledgeGraph.Extraction.Ner.Conll;

namespace KnowledgeGraph.Extraction.Tests.Ner.Conll;

public class ConllScorerTests
{
    // "Ana visited Porto Alegre with Acme and Lumen ." in IOB1, as CoNLL-2003 writes it.
    // Gold chunks: PER [0,1), LOC [2,4), ORG [5,6), ORG [7,8): 4.
    // Predicted:   PER [0,1) exact hit, LOC [2,3) wrong boundary, PER [5,6) wrong type, Lumen missed: 3.
    private static readonly string[] Gold = ["I-PER", "O", "I-LOC", "I-LOC", "O", "I-ORG", "O", "I-ORG", "O"];
    private static readonly string[] Predicted = ["I-PER", "O", "I-LOC", "O", "O", "I-PER", "O", "O", "O"];

    private static ConllScores Score(params (string[] Gold, string[] Predicted)[] sentences)
    {
        var scorer = new ConllScorer();
        foreach (var (gold, predicted) in sentences)
        {
            scorer.Add(gold, predicted);
        }

        return scorer.Result();
    }

    [Fact]
    public void Only_an_exact_span_and_type_counts_as_correct()
    {
        var scores = Score((Gold, Predicted));

        // Overall: 1 correct of 3 predicted and 4 gold: P = 33.33, R = 25, F1 = 2PR/(P+R) = 5000/175 = 28.571.
        Assert.Equal(new ChunkScore(4, 3, 1), scores.Overall);
        Assert.Equal(100.0 / 3, scores.Overall.Precision, 9);
        Assert.Equal(25.0, scores.Overall.Recall, 9);
        Assert.Equal(5000.0 / 175, scores.Overall.F1, 9);

        // Types in ordinal order. LOC: 1 gold, 1 predicted (wrong boundary), none correct.
        // ORG: 2 gold, none predicted. PER: 1 gold, 2 predicted, 1 correct: P 50, R 100, F1 = 10000/150 = 66.667.
        Assert.Equal(new[] { "LOC", "ORG", "PER" }, scores.ByType.Keys);
        Assert.Equal(new ChunkScore(1, 1, 0), scores.ByType["LOC"]);
        Assert.Equal(new ChunkScore(2, 0, 0), scores.ByType["ORG"]);
        Assert.Equal(new ChunkScore(1, 2, 1), scores.ByType["PER"]);
        Assert.Equal((0.0, 0.0, 0.0), (scores.ByType["LOC"].Precision, scores.ByType["LOC"].Recall, scores.ByType["LOC"].F1));
        Assert.Equal((0.0, 0.0, 0.0), (scores.ByType["ORG"].Precision, scores.ByType["ORG"].Recall, scores.ByType["ORG"].F1));
        Assert.Equal(50.0, scores.ByType["PER"].Precision, 9);
        Assert.Equal(100.0, scores.ByType["PER"].Recall, 9);
        Assert.Equal(10000.0 / 150, scores.ByType["PER"].F1, 9);

        // Tokens 3 ("Alegre"), 5 ("Acme") and 7 ("Lumen") differ: 6 of 9 right.
        Assert.Equal((9, 6), (scores.Tokens, scores.CorrectTokens));
        Assert.Equal(200.0 / 3, scores.Accuracy, 9);
    }

    [Fact]
    public void The_report_has_conllevals_layout()
    {
        var expected =
            "processed 9 tokens with 4 phrases; found: 3 phrases; correct: 1.\n"
            + "accuracy:  66.67%; precision:  33.33%; recall:  25.00%; FB1:  28.57\n"
            + "              LOC: precision:   0.00%; recall:   0.00%; FB1:   0.00  1\n"
            + "              ORG: precision:   0.00%; recall:   0.00%; FB1:   0.00  0\n"
            + "              PER: precision:  50.00%; recall: 100.00%; FB1:  66.67  2\n";
        Assert.Equal(expected, Score((Gold, Predicted)).Format());
    }

    [Fact]
    public void Identical_tags_score_100()
    {
        var scores = Score((Gold, Gold));
        Assert.Equal(new ChunkScore(4, 4, 4), scores.Overall);
        Assert.Equal((100.0, 100.0, 100.0, 100.0), (scores.Overall.Precision, scores.Overall.Recall, scores.Overall.F1, scores.Accuracy));
    }

    [Fact]
    public void Predicting_nothing_scores_0_not_nan()
    {
        var scores = Score((Gold, Enumerable.Repeat("O", Gold.Length).ToArray()));
        Assert.Equal(new ChunkScore(4, 0, 0), scores.Overall);
        Assert.Equal((0.0, 0.0, 0.0), (scores.Overall.Precision, scores.Overall.Recall, scores.Overall.F1));
        Assert.Contains("precision:   0.00%; recall:   0.00%; FB1:   0.00", scores.Format(), StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_added_scores_0()
    {
        var scores = new ConllScorer().Result();
        Assert.Equal((0, 0.0, 0.0), (scores.Tokens, scores.Accuracy, scores.Overall.F1));
        Assert.Empty(scores.ByType);
    }

    [Fact]
    public void A_chunk_never_runs_across_a_sentence_boundary()
    {
        // Read as one sequence, "I-PER | I-PER" would be one chunk; per sentence they are two, both right.
        var scores = Score((["O", "I-PER"], ["O", "I-PER"]), (["I-PER", "O"], ["I-PER", "O"]));
        Assert.Equal(new ChunkScore(2, 2, 2), scores.Overall);
    }

    [Fact]
    public void Chunks_are_compared_across_schemes_but_tokens_as_raw_strings()
    {
        // IOB1 gold, IOB2 prediction of the same chunks: every chunk right, but "B-ORG" is not "I-ORG" for accuracy,
        // which is what conlleval reports too (2 of 4 tokens differ).
        var scores = Score((["I-ORG", "I-ORG", "O", "I-PER"], ["B-ORG", "I-ORG", "O", "B-PER"]));
        Assert.Equal(new ChunkScore(2, 2, 2), scores.Overall);
        Assert.Equal(50.0, scores.Accuracy, 9);
    }

    [Fact]
    public void Sentences_of_different_lengths_are_refused() =>
        Assert.Throws<ArgumentException>(() => new ConllScorer().Add(["O", "I-PER"], ["O"]));

    [Fact]
    public void A_bad_tag_leaves_the_counts_untouched()
    {
        var scorer = new ConllScorer();
        scorer.Add(Gold, Predicted);
        Assert.Throws<FormatException>(() => scorer.Add(["I-PER", "O"], ["I-PER", "PER"]));
        var expected = Score((Gold, Predicted));
        var actual = scorer.Result();
        Assert.Equal((expected.Tokens, expected.CorrectTokens, expected.Overall), (actual.Tokens, actual.CorrectTokens, actual.Overall));
        Assert.Equal(expected.ByType, actual.ByType);
    }

    [Fact]
    public void A_result_does_not_change_when_more_sentences_are_added()
    {
        var scorer = new ConllScorer();
        scorer.Add(Gold, Predicted);
        var first = scorer.Result();
        scorer.Add(Gold, Gold);
        Assert.Equal(new ChunkScore(4, 3, 1), first.Overall);
        Assert.Equal(new ChunkScore(2, 0, 0), first.ByType["ORG"]);
        Assert.Equal(new ChunkScore(8, 7, 5), scorer.Result().Overall);
    }
}
