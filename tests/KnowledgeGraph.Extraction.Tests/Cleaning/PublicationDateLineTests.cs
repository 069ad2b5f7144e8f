using KnowledgeGraph.Extraction.Cleaning;

namespace KnowledgeGraph.Extraction.Tests.Cleaning;

public class PublicationDateLineTests
{
    [Theory]
    [InlineData("Sept. 3, 2025")]
    [InlineData("Wed, Sept. 3, 2025 14:05 CEST")]
    [InlineData("Sept. 3, 2025 | 10:04 PM")]
    [InlineData("Sept. 3, 2025 at 10:04 p.m.")]
    [InlineData("2025-09-03")]
    [InlineData("Last updated 3 September 2025, after the vote in the harbour council")]
    [InlineData("Date: 3 September 2025")]
    [InlineData("Sept. 3, 2025 — Kestrel")]
    public void A_line_about_the_date_gives_it(string line) =>
        Assert.Equal(new DateOnly(2025, 9, 3), PublicationDateLine.DateOf(line));

    [Theory]
    [InlineData("Published Sept. 3, 2025.")]
    [InlineData("The ferry stopped on Sept. 3, 2025!")]
    [InlineData("Was the pier closed on Sept. 3, 2025?")]
    [InlineData("Ferry operators in the valley met on Sept. 3, 2025 to talk")]
    [InlineData("Sept. 3, 2025 was the day the long strike at the northern ferry terminal finally came to its end")]
    [InlineData("Maybe next week")]
    [InlineData("")]
    public void A_sentence_or_a_line_without_a_date_gives_none(string line) =>
        Assert.Null(PublicationDateLine.DateOf(line));
}
