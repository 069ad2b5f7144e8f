using KnowledgeGraph.Extraction.Ner.Conll;

namespace KnowledgeGraph.Extraction.Tests.Ner.Conll;

public class ConllFileReadTests
{
    // Made-up sentences in the CoNLL-2003 layout; the Reuters text itself stays out of the repository.
    private static readonly string TwoDocuments = string.Join('\n',
        "-DOCSTART- -X- -X- O",
        "",
        "Ana NNP B-NP I-PER",
        "Ruiz NNP I-NP I-PER",
        "sailed VBD B-VP O",
        "",
        "Lima NNP B-NP I-LOC",
        "",
        "-DOCSTART- -X- -X- O",
        "",
        "Acme NNP B-NP I-ORG",
        "rose VBD B-VP O",
        "") + "\n";

    [Fact]
    public void Each_docstart_block_is_a_document_of_sentences()
    {
        var file = ConllFile.Parse(TwoDocuments);

        Assert.Equal(13, file.Lines.Count);
        Assert.Equal(2, file.Documents.Count);
        Assert.Equal(2, file.Documents[0].Sentences.Count);
        Assert.Single(file.Documents[1].Sentences);
        Assert.Equal(3, file.Sentences.Count);
        Assert.Equal(6, file.TokenCount);

        var first = file.Documents[0].Sentences[0];
        Assert.Equal(new[] { "Ana", "Ruiz", "sailed" }, first.Words);
        Assert.Equal(new[] { "I-PER", "I-PER", "O" }, first.GoldTags);
        Assert.Equal(new[] { 2, 3, 4 }, first.LineIndexes);
        Assert.Equal(new[] { 10, 11 }, file.Documents[1].Sentences[0].LineIndexes);
    }

    [Fact]
    public void Lines_are_kept_as_read_with_their_columns()
    {
        var file = ConllFile.Parse(TwoDocuments);

        Assert.True(file.Lines[0].IsDocumentStart);
        Assert.False(file.Lines[0].IsBlank);
        Assert.True(file.Lines[1].IsBlank);
        Assert.Equal("Ana NNP B-NP I-PER", file.Lines[2].Raw);
        Assert.Equal(new[] { "Ana", "NNP", "B-NP", "I-PER" }, file.Lines[2].Columns);
        Assert.False(file.Lines[2].IsDocumentStart || file.Lines[2].IsBlank);
    }

    [Fact]
    public void Crlf_reads_like_lf()
    {
        var lf = ConllFile.Parse(TwoDocuments);
        var crlf = ConllFile.Parse(TwoDocuments.Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Equal(lf.Lines.Select(l => l.Raw), crlf.Lines.Select(l => l.Raw));
        Assert.Equal(lf.Sentences.Select(s => s.GoldTags), crlf.Sentences.Select(s => s.GoldTags));
        Assert.DoesNotContain(crlf.Lines, l => l.Raw.Contains('\r'));
    }

    [Fact]
    public void One_column_lines_are_words_without_gold_tags()
    {
        var file = ConllFile.Parse("Ana\nsailed\n\nLima\n");

        Assert.Equal(new[] { "Ana", "sailed" }, file.Sentences[0].Words);
        Assert.All(file.Sentences, s => Assert.Null(s.GoldTags));
        Assert.Equal(3, file.TokenCount);
    }

    [Fact]
    public void With_two_columns_the_second_is_the_gold_tag() =>
        Assert.Equal(new[] { "I-PER", "O" }, ConllFile.Parse("Ana I-PER\nsailed O\n").Sentences[0].GoldTags);

    [Fact]
    public void Without_a_final_blank_line_or_newline_the_last_sentence_is_kept()
    {
        var file = ConllFile.Parse("Ana NNP B-NP I-PER\n\nRuiz NNP B-NP I-PER\nsailed VBD B-VP O");

        Assert.Equal(2, file.Sentences.Count);
        Assert.Equal(new[] { "Ruiz", "sailed" }, file.Sentences[1].Words);
    }

    [Fact]
    public void A_file_without_docstart_is_one_document()
    {
        var file = ConllFile.Parse("Ana I-PER\n\nLima I-LOC\n\n");

        Assert.Single(file.Documents);
        Assert.Equal(2, file.Documents[0].Sentences.Count);
    }

    [Fact]
    public void Text_before_the_first_docstart_is_a_document_and_empty_documents_are_dropped()
    {
        var file = ConllFile.Parse("Ana I-PER\n-DOCSTART- O\n\n-DOCSTART- O\n\nLima I-LOC\n");

        Assert.Equal(2, file.Documents.Count);
        Assert.Equal(new[] { "Ana" }, file.Documents[0].Sentences[0].Words);
        Assert.Equal(new[] { "Lima" }, file.Documents[1].Sentences[0].Words);
    }

    [Fact]
    public void Tabs_doubled_separators_and_trailing_spaces_split_like_single_spaces()
    {
        var file = ConllFile.Parse("Ana\tNNP\tI-PER\nsailed  VBD O  \n");

        Assert.Equal(new[] { "Ana", "NNP", "I-PER" }, file.Lines[0].Columns);
        Assert.Equal(new[] { "sailed", "VBD", "O" }, file.Lines[1].Columns);
        Assert.Equal("sailed  VBD O  ", file.Lines[1].Raw);
        Assert.Equal(new[] { "I-PER", "O" }, file.Sentences[0].GoldTags);
    }

    [Fact]
    public void A_line_of_spaces_ends_a_sentence()
    {
        var file = ConllFile.Parse("Ana I-PER\n   \nLima I-LOC\n");

        Assert.True(file.Lines[1].IsBlank);
        Assert.Equal(2, file.Sentences.Count);
    }

    [Fact]
    public void A_leading_byte_order_mark_does_not_hide_the_first_docstart()
    {
        var file = ConllFile.Parse("\uFEFF-DOCSTART- -X- -X- O\n\nAna I-PER\n");

        Assert.True(file.Lines[0].IsDocumentStart);
        Assert.Single(file.Sentences);
    }

    [Fact]
    public void Read_takes_a_text_reader()
    {
        using var reader = new StringReader(TwoDocuments);
        Assert.Equal(6, ConllFile.Read(reader).TokenCount);
    }

    [Fact]
    public void A_sentence_tagged_on_some_lines_only_is_refused_with_the_line_number()
    {
        var error = Assert.Throws<FormatException>(() => ConllFile.Parse("Ana I-PER\nsailed\n"));
        Assert.Contains("Line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_has_no_documents() =>
        Assert.Equal((0, 0, 0), (ConllFile.Parse("").Lines.Count, ConllFile.Parse("").Documents.Count, ConllFile.Parse("").TokenCount));
}
