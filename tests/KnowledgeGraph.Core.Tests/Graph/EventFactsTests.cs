using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Tests.Graph;

public class EventFactsTests
{
    [Theory]
    [InlineData(DatePrecision.Day, "2024-02-29", "day")]
    [InlineData(DatePrecision.Month, "2024-02", "month")]
    [InlineData(DatePrecision.Year, "2024", "year")]
    public void TheDateReadsAsOnlyItsStatedPart(DatePrecision precision, string expectedText, string expectedPrecision)
    {
        var facts = new EventFacts("summit", new FactDate(new DateOnly(2024, 2, 29), precision), "text", 7);

        Assert.Equal(expectedText, facts.DateText);
        Assert.Equal(expectedPrecision, facts.DatePrecision);
    }

    [Fact]
    public void WithoutADateThereIsNoDateTextAndNoPrecision()
    {
        var facts = new EventFacts("protest", null, null, null);

        Assert.Null(facts.DateText);
        Assert.Null(facts.DatePrecision);
    }

    [Fact]
    public void ANodeWithoutEventFactsHasNoneAndEqualityStaysById()
    {
        var plain = new EntityNode(3, "Harbour talks", EntityKind.Event, 2, 1, []);
        var withFacts = plain with { Event = new EventFacts("talks", new FactDate(new DateOnly(2025, 5, 6), DatePrecision.Day), "inferred", null) };

        Assert.Null(plain.Event);
        Assert.Equal("2025-05-06", withFacts.Event!.DateText);
        Assert.Equal(plain, withFacts);
    }
}
