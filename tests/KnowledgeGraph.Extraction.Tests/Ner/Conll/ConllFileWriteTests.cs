using KnowledgeGraph.Extraction.Ner.Conll;

namespace KnowledgeGraph.Extraction.Tests.Ner.Conll;

public class ConllFileWriteTests
{
    private static readonly string[] Input =
    [
        "-DOCSTART- -X- -X- O",
        "",
        "Ana NNP B-NP I-PER",
        "sailed VBD B-VP O",
        "",
        "-DOCSTART- -X- -X- O",
        "",
        "Lima NNP B-NP I-LOC",
        "",
    ];

    private static string Write(ConllFile file, IReadOnlyList<IReadOnlyList<string>> predictions)
    {
        var writer = new StringWriter { NewLine = "\n" };
        file.WriteWithPredictions(writer, predictions);
        return writer.ToString();
    }

    [Fact]
    public void Every_line_comes_back_with_the_prediction_as_a_new_last_column_and_docstart_with_o()
    {
        var file = ConllFile.Parse(string.Join('\n', Input) + "\n");

        var output = Write(file, [["I-PER", "O"], ["I-ORG"]]);

        string[] expected =
        [
            "-DOCSTART- -X- -X- O O",
            "",
            "Ana NNP B-NP I-PER I-PER",
            "sailed VBD B-VP O O",
            "",
            "-DOCSTART- -X- -X- O O",
            "",
            "Lima NNP B-NP I-LOC I-ORG",
            "",
        ];
        Assert.Equal(string.Join('\n', expected) + "\n", output);
    }

    [Fact]
    public void Every_non_blank_line_has_the_same_number_of_columns_as_conlleval_requires()
    {
        var file = ConllFile.Parse("-DOCSTART-\n\nAna\nsailed\n\n-DOCSTART-\n\nLima\n");

        var lines = Write(file, [["B-PER", "O"], ["B-LOC"]]).Split('\n');

        Assert.Equal(["-DOCSTART- O", "", "Ana B-PER", "sailed O", "", "-DOCSTART- O", "", "Lima B-LOC", ""], lines);
        Assert.Single(lines.Where(line => line.Length > 0).Select(line => line.Split(' ').Length).Distinct());
    }

    [Fact]
    public void A_tab_separated_docstart_line_gets_a_tab_separated_o() =>
        Assert.Equal("-DOCSTART-\tO\tO\n\nAna\tI-PER\tB-PER\n", Write(ConllFile.Parse("-DOCSTART-\tO \n\nAna\tI-PER\n"), [["B-PER"]]));

    [Fact]
    public void Blank_lines_stay_as_they_were() =>
        Assert.Equal("Ana O\n  \nLima B-LOC\n", Write(ConllFile.Parse("Ana\n  \nLima\n"), [["O"], ["B-LOC"]]));

    [Fact]
    public void Crlf_input_without_a_final_newline_is_written_line_for_line()
    {
        var file = ConllFile.Parse("Ana NNP I-PER\r\nsailed VBD O");

        Assert.Equal("Ana NNP I-PER B-PER\nsailed VBD O O\n", Write(file, [["B-PER", "O"]]));
    }

    [Fact]
    public void A_tab_separated_line_gets_a_tab_separated_column() =>
        Assert.Equal("Ana\tI-PER\tI-PER\nsailed O O\n", Write(ConllFile.Parse("Ana\tI-PER\nsailed O\n"), [["I-PER", "O"]]));

    [Fact]
    public void One_column_input_becomes_word_and_tag() =>
        Assert.Equal("Ana I-PER\nsailed O\n\nLima I-LOC\n", Write(ConllFile.Parse("Ana\nsailed\n\nLima\n"), [["I-PER", "O"], ["I-LOC"]]));

    [Fact]
    public void Trailing_spaces_do_not_become_an_empty_column() =>
        Assert.Equal("Ana I-PER I-PER\n", Write(ConllFile.Parse("Ana I-PER  \n"), [["I-PER"]]));

    [Fact]
    public void What_is_written_reads_back_with_the_predictions_as_gold()
    {
        var file = ConllFile.Parse(string.Join('\n', Input));
        var predictions = new[] { new[] { "B-PER", "O" }, new[] { "B-LOC" } };

        var again = ConllFile.Parse(Write(file, predictions));

        Assert.Equal(predictions, again.Sentences.Select(s => s.GoldTags));
        Assert.Equal(file.Sentences.Select(s => s.Words), again.Sentences.Select(s => s.Words));
    }

    [Fact]
    public void The_wrong_number_of_sentences_is_refused_before_anything_is_written()
    {
        var file = ConllFile.Parse(string.Join('\n', Input));
        var writer = new StringWriter();

        Assert.Throws<ArgumentException>(() => file.WriteWithPredictions(writer, [["I-PER", "O"]]));
        Assert.Equal("", writer.ToString());
    }

    [Fact]
    public void The_wrong_number_of_tags_in_a_sentence_is_refused_before_anything_is_written()
    {
        var file = ConllFile.Parse(string.Join('\n', Input));
        var writer = new StringWriter();

        Assert.Throws<ArgumentException>(() => file.WriteWithPredictions(writer, [["I-PER", "O"], ["I-LOC", "O"]]));
        Assert.Equal("", writer.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("I-PER X")]
    [InlineData("I-PER\tX")]
    public void A_tag_that_would_not_be_one_column_is_refused(string tag) =>
        Assert.Throws<ArgumentException>(() => ConllFile.Parse("Ana\n").WriteWithPredictions(new StringWriter(), [[tag]]));
}
