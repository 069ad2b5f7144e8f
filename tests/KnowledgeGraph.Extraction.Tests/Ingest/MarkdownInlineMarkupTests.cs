using KnowledgeGraph.Extraction.Ingest;

namespace KnowledgeGraph.Extraction.Tests.Ingest;

public class MarkdownInlineMarkupTests
{
    [Theory]
    [InlineData("**Strong** and *emphasis* and _under_", "Strong and emphasis and under")]
    [InlineData("***both***", "both")]
    [InlineData("[Halden Courier](https://courier.example/a_(b)) reported", "Halden Courier reported")]
    [InlineData("see [the report][ref]", "see the report")]
    [InlineData("a ![chart](chart.png) here", "a  here")]
    [InlineData("<https://port.example>", "https://port.example")]
    [InlineData("line<br/>break <span class=\"x\">kept</span>", "linebreak kept")]
    [InlineData(@"\*not emphasis\*", "*not emphasis*")]
    [InlineData("snake_case_name stays", "snake_case_name stays")]
    [InlineData("2 * 3 * 4", "2 * 3 * 4")]
    [InlineData("", "")]
    public void Strips_inline_markup(string line, string expected) => Assert.Equal(expected, MarkdownInlineMarkup.Strip(line));
}
