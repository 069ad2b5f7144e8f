using static KnowledgeGraph.Extraction.Tests.Time.FoundTimes;

namespace KnowledgeGraph.Extraction.Tests.Time;

/// <summary>Words and numbers that look like times and are not.</summary>
public class NotATimeTests
{
    [Theory]
    [InlineData("Voters may decide the matter in a second round.")]
    [InlineData("May the best crew win, the captain said.")]
    [InlineData("The committee heard from Theresa May about the budget.")]
    [InlineData("Former prime minister Theresa May 8 times refused to answer.")]
    [InlineData("A letter signed by May and two aides was leaked.")]
    [InlineData("Critics in May's cabinet resigned.")]
    [InlineData("Farmers will march to the capital.")]
    [InlineData("March organisers counted the crowd twice.")]
    [InlineData("The fund paid $2,025 to each family.")]
    [InlineData("Some 2025 people signed the petition.")]
    [InlineData("About 1,500 dock workers joined the strike.")]
    [InlineData("The charity handled 2025 cases last winter.")]
    [InlineData("Inspectors found faults in 1500 homes.")]
    [InlineData("Copyright 2025 Harbour Radio")]
    [InlineData("Turnout rose by 2025% in the suburbs.")]
    [InlineData("Prices have climbed over the last month.")]
    [InlineData("The Sunday Times reported the leak.")]
    [InlineData("They waited for two days after the storm.")]
    [InlineData("Shipments were stamped Feb 30, 2025 by mistake.")]
    [InlineData("The registry shows 2025-02-30 and 2025-13-01.")]
    [InlineData("The code 99999999 was rejected.")]
    public void Finds_nothing(string text) => Assert.Empty(In(text, Wednesday));

    [Fact]
    public void The_march_is_not_a_month_but_its_sunday_is_a_day() =>
        Assert.Equal(["Sunday=2025-08-31"], Describe("The march on Sunday drew thousands.", Wednesday));

    [Theory]
    [InlineData("The ministers met on Tuesday.")]
    [InlineData("The envoy will fly out next Monday.")]
    [InlineData("Fuel prices rose last month and again this week.")]
    [InlineData("The ministers had spoken by phone the day before.")]
    [InlineData("The clerk said yesterday that the files were lost.")]
    public void Relative_times_are_skipped_without_a_reference_date(string text) => Assert.Empty(In(text, null));
}
