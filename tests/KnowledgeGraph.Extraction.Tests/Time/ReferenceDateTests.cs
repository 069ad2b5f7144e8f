using KnowledgeGraph.Core.Documents;
using KnowledgeGraph.Extraction.Time;

namespace KnowledgeGraph.Extraction.Tests.Time;

public class ReferenceDateTests
{
    [Fact]
    public void The_publication_date_wins_over_any_date_in_the_text()
    {
        const string text = "PORT LOUIS, March 4, 2025 — The harbour reopened.";
        Assert.Equal(new DateOnly(2025, 3, 6), ReferenceOf(text, published: new DateOnly(2025, 3, 6)));
    }

    [Theory]
    [InlineData("PORT LOUIS, March 4, 2025 — The harbour reopened after the storm.")]
    [InlineData("Harbour reopens\nPosted 2025-03-04\nThe harbour reopened after the storm.")]
    [InlineData("Harbour reopens\nCrews worked all night.\nThe harbour reopened on 4 March 2025 after the storm.")]
    public void Without_one_it_is_the_first_full_date_near_the_top(string text) =>
        Assert.Equal(new DateOnly(2025, 3, 4), ReferenceOf(text));

    [Fact]
    public void The_first_of_two_dates_near_the_top_is_taken() =>
        Assert.Equal(
            new DateOnly(2025, 3, 4),
            ReferenceOf("LISBON, March 4, 2025 — The fleet that sailed on Jan. 2, 2025 returned."));

    [Fact]
    public void Without_a_date_near_the_top_the_latest_full_date_further_down_is_taken() =>
        Assert.Equal(
            new DateOnly(2025, 3, 4),
            ReferenceOf("Harbour reopens\nCrews worked all night.\nDivers checked the piers.\nThe storm of 2 March 2025 was the worst.\nThe pier reopened.\n— Port Louis Harbour (@PLHarbour) March 4, 2025"));

    [Theory]
    [InlineData("The harbour reopened in March 2025 after the storm.")]
    [InlineData("The harbour reopened on March 4 after the storm.")]
    [InlineData("The harbour reopened on Tuesday after the storm.")]
    [InlineData("The harbour reopened in 2025 after the storm.")]
    [InlineData("")]
    public void Without_a_full_date_near_the_top_there_is_none(string text) => Assert.Null(ReferenceOf(text));

    private static DateOnly? ReferenceOf(string text, DateOnly? published = null)
    {
        var document = new Document("harbour.txt", "Harbour", null, null, published, null, null, text, ContentHash.Of(text));
        return ReferenceDate.For(document, AnalyzedText.Analyze(text));
    }
}
