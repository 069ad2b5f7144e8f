using KnowledgeGraph.Extraction.Cleaning;

namespace KnowledgeGraph.Extraction.Tests.Cleaning;

public class BylineParserTests
{
    [Theory]
    [InlineData("By Hanna Lindqvist", "Hanna Lindqvist")]
    [InlineData("by Tomas Ferreira", "Tomas Ferreira")]
    [InlineData("By Hanna Lindqvist and Tomas Ferreira", "Hanna Lindqvist and Tomas Ferreira")]
    [InlineData("By HANNA LINDQVIST, Example Wire", "HANNA LINDQVIST")]
    [InlineData("By Hanna Lindqvist, Associated Valley Press", "Hanna Lindqvist")]
    [InlineData("By Ana Ruiz, Ben Okafor and Cleo Tan", "Ana Ruiz, Ben Okafor and Cleo Tan")]
    [InlineData("By Ana Ruiz & Ben Okafor | Valley Post", "Ana Ruiz & Ben Okafor")]
    [InlineData("By: Juan Pablo de la Vega", "Juan Pablo de la Vega")]
    [InlineData("By Mara Quist Sept. 3, 2025", "Mara Quist")]
    [InlineData("By Mara Quist Jr.", "Mara Quist Jr.")]
    [InlineData("By Mara Quist.", "Mara Quist")]
    [InlineData("Written by Seán O’Connell for the Valley Post", "Seán O’Connell")]
    public void Reads_the_names_as_printed(string line, string names) => Assert.Equal(names, BylineParser.Parse(line));

    [Theory]
    [InlineData("By Wednesday evening the crowd had grown to thousands.")]
    [InlineData("By Sunday, Governor Ortiz had left the capital.")]
    [InlineData("By Monday Night Football standards the game was dull.")]
    [InlineData("By the end of the day, the strike was over.")]
    [InlineData("By Valley Post Staff")]
    [InlineData("By Reuters")]
    [InlineData("By")]
    [InlineData("Bystanders filmed Hanna Lindqvist at the pier.")]
    [InlineData("Hanna Lindqvist")]
    public void Rejects_lines_that_are_not_bylines(string line) => Assert.Null(BylineParser.Parse(line));
}
