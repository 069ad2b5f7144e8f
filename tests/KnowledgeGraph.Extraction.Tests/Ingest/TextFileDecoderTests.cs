using System.Text;
using KnowledgeGraph.Extraction.Ingest;

namespace KnowledgeGraph.Extraction.Tests.Ingest;

public class TextFileDecoderTests
{
    [Fact]
    public void Decodes_utf8_without_bom()
    {
        var decoded = TextFileDecoder.Decode("a.txt", Encoding.UTF8.GetBytes("Ramón Ortega spoke in Querétaro."));

        Assert.Equal("Ramón Ortega spoke in Querétaro.", decoded.Text);
        Assert.Null(decoded.Problem);
    }

    [Fact]
    public void Strips_the_utf8_byte_order_mark()
    {
        var decoded = TextFileDecoder.Decode("a.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Harbour reopens")]);

        Assert.Equal("Harbour reopens", decoded.Text);
    }

    [Fact]
    public void Decodes_utf16_when_its_byte_order_mark_says_so()
    {
        var decoded = TextFileDecoder.Decode("a.txt", [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes("Harbour reopens")]);

        Assert.Equal("Harbour reopens", decoded.Text);
        Assert.Null(decoded.Problem);
    }

    [Fact]
    public void Turns_crlf_and_lone_cr_into_lf()
    {
        var decoded = TextFileDecoder.Decode("a.txt", Encoding.UTF8.GetBytes("one\r\ntwo\rthree\n"));

        Assert.Equal("one\ntwo\nthree\n", decoded.Text);
    }

    [Fact]
    public void Falls_back_to_windows_1252_and_reports_the_repair()
    {
        // 0xE9 is "é" and 0x93/0x94 are curly quotes in Windows-1252; alone they are invalid UTF-8.
        byte[] bytes = [.. Encoding.ASCII.GetBytes("Caf"), 0xE9, (byte)' ', 0x93, .. Encoding.ASCII.GetBytes("open"), 0x94];

        var decoded = TextFileDecoder.Decode("old.txt", bytes);

        Assert.Equal("Café “open”", decoded.Text);
        Assert.NotNull(decoded.Problem);
        Assert.False(decoded.Problem.Skipped);
        Assert.Equal("old.txt", decoded.Problem.Path);
        Assert.Contains("UTF-8", decoded.Problem.Reason);
    }

    [Fact]
    public void Mostly_utf8_text_keeps_its_good_characters_and_replaces_only_the_broken_bytes()
    {
        // "Zürich" and "São" are well-formed UTF-8; 0xFF never occurs in UTF-8 and 0xC3 alone is a cut sequence.
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Zürich and São Paulo "), 0xFF, .. Encoding.ASCII.GetBytes(" signed "), 0xC3];

        var decoded = TextFileDecoder.Decode("mixed.txt", bytes);

        Assert.Equal("Zürich and São Paulo \uFFFD signed \uFFFD", decoded.Text);
        Assert.NotNull(decoded.Problem);
        Assert.False(decoded.Problem.Skipped);
        Assert.Contains("2 invalid byte sequence(s)", decoded.Problem.Reason);
    }

    [Fact]
    public void Skips_binary_files()
    {
        var decoded = TextFileDecoder.Decode("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x0D, 0x0A]);

        Assert.Null(decoded.Text);
        Assert.NotNull(decoded.Problem);
        Assert.True(decoded.Problem.Skipped);
        Assert.Contains("binary", decoded.Problem.Reason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t \r\n ")]
    public void Skips_empty_files(string content)
    {
        var decoded = TextFileDecoder.Decode("blank.txt", Encoding.UTF8.GetBytes(content));

        Assert.Null(decoded.Text);
        Assert.NotNull(decoded.Problem);
        Assert.True(decoded.Problem.Skipped);
        Assert.Contains("empty", decoded.Problem.Reason);
    }

    [Fact]
    public void A_bom_alone_is_an_empty_file() =>
        Assert.Null(TextFileDecoder.Decode("bom.txt", [0xEF, 0xBB, 0xBF]).Text);
}
